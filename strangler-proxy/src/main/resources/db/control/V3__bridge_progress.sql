-- How far each CDC bridge stream has applied its source: the source commit time of the last change it applied
-- (heartbeats move it on an idle stream), written by the bridge every 100 ms while it moves. The proxy keeps a
-- shopper's reads on legacy after the shopper's write until the stream into the service (direction l2s) has applied
-- past it (readYourWrites). Names shared with the bridge are in migration-plans (dev.stranglerfig.plans.control).

CREATE TABLE bridge_progress (
	context         text        NOT NULL,
	direction       text        NOT NULL CHECK (direction IN ('l2s', 's2l')),
	applied_through timestamptz NOT NULL,
	updated_at      timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (context, direction)
);
