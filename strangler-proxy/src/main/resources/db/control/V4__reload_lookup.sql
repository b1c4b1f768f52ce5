-- Every replica asks for the newest reload of the plan files on each re-read of the control state (a reload whose
-- notification it missed is followed then): an index of the reloads alone keeps that a lookup, however long the trail.
CREATE INDEX audit_reloads ON audit (id) WHERE action = 'reload';
