-- The step that lets inventory-service own reservations. From inventory's writes phase the service reserves before
-- legacy's order transaction commits (legacy.inventory.remote=true), and the bridge copies its reservations back
-- here: a declined card's order never exists in legacy, and a paid one may commit after its reservation arrives, so
-- this foreign key dead-lettered those rows and verify never came back equal. order_id stays a plain, indexed
-- column, as it is in the service; the monolith's code already keeps only the id (no entity crosses the line).
ALTER TABLE stock_reservation DROP CONSTRAINT stock_reservation_order_id_fkey;
