-- Write-ownership handovers (a move across the line between legacy and the service owning the data), the proxy
-- replicas that must hold writes during one, and their acknowledgements. The CDC bridge reads these rows and moves
-- a held handover to flipped; names shared with it are in migration-plans (dev.stranglerfig.plans.control).

CREATE TABLE handover (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	context      text        NOT NULL,
	from_phase   text        NOT NULL,
	to_phase     text        NOT NULL,
	from_percent integer     NOT NULL,
	to_percent   integer     NOT NULL,
	-- The plan_state version the move was decided on: the phase changes only if nobody moved it since.
	plan_version bigint      NOT NULL,
	-- requested -> held -> flipped, or requested/held -> aborted; every move is a compare-and-set on this column.
	state        text        NOT NULL CHECK (state IN ('requested', 'held', 'flipped', 'aborted')),
	deadline     timestamptz NOT NULL,
	-- apply or revert: how the audit trail names the phase change once flipped.
	action       text        NOT NULL,
	actor        text        NOT NULL,
	reason       text        NOT NULL,
	-- Why it was aborted.
	outcome      text,
	requested_at timestamptz NOT NULL DEFAULT now(),
	held_at      timestamptz,
	settled_at   timestamptz
);

-- At most one open handover per context.
CREATE UNIQUE INDEX handover_one_open ON handover (context) WHERE state IN ('requested', 'held');

CREATE TABLE replica (
	id       text        PRIMARY KEY,
	started  timestamptz NOT NULL DEFAULT now(),
	beat_at  timestamptz NOT NULL
);

CREATE TABLE handover_ack (
	handover_id bigint      NOT NULL REFERENCES handover (id) ON DELETE CASCADE,
	replica     text        NOT NULL,
	acked_at    timestamptz NOT NULL DEFAULT now(),
	PRIMARY KEY (handover_id, replica)
);
