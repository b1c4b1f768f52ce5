-- Every replica asks for the newest reload of the plan files on each re-read of the control state (a reload whose
-- notification it missed is followed then): an index of the reloads alone keeps that a lookup, however long the trail.
-- Not CONCURRENTLY: that waits for every transaction open when it starts, and under Flyway it hung (seen in the
-- tests). Building it holds writes to the audit trail (phase changes, rollbacks) for one pass over the table.
CREATE INDEX audit_reloads ON audit (id) WHERE action = 'reload';
