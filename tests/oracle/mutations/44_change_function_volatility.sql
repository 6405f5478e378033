-- Volatility changed (STABLE to VOLATILE).
-- expect: changed function app.project_owner(bigint)
alter function app.project_owner(bigint) volatile;
