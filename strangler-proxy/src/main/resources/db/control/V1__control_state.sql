-- The proxy's live control state: one row per planned context, the audit trail of every change (and every
-- refused attempt), and samples of shadow responses that differed. Every proxy replica reads this one truth.

CREATE TABLE plan_state (
	context        text PRIMARY KEY,
	phase          text        NOT NULL,
	canary_percent integer     NOT NULL CHECK (canary_percent BETWEEN 0 AND 100),
	-- Optimistic concurrency: a change names the version it saw, so of two concurrent changes one loses cleanly.
	version        bigint      NOT NULL DEFAULT 1,
	updated_at     timestamptz NOT NULL DEFAULT now(),
	updated_by     text        NOT NULL,
	reason         text        NOT NULL
);

CREATE TABLE audit (
	id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at           timestamptz NOT NULL DEFAULT now(),
	actor        text        NOT NULL,
	context      text,
	-- apply, revert, rollback, seed, reload, validate-rejected, reload-rejected, auth-failed
	action       text        NOT NULL,
	from_phase   text,
	to_phase     text,
	from_percent integer,
	to_percent   integer,
	reason       text,
	detail       jsonb
);

CREATE INDEX audit_context_latest ON audit (context, id DESC);

CREATE TABLE shadow_diff (
	id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	at               timestamptz NOT NULL DEFAULT now(),
	context          text        NOT NULL,
	endpoint         text        NOT NULL,
	method           text        NOT NULL,
	path             text        NOT NULL,
	legacy_status    integer     NOT NULL,
	service_status   integer     NOT NULL,
	differing_fields text[]      NOT NULL,
	legacy_body      text,
	service_body     text
);

-- "The latest diffs of a context" is the question operators ask.
CREATE INDEX shadow_diff_context_latest ON shadow_diff (context, id DESC);
