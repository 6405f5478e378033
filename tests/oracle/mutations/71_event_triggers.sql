-- An event trigger disabled and commented by hand, another added.
-- expect: changed event_trigger app_noop_ddl
-- expect: extra event_trigger app_audit_drops
alter event trigger app_noop_ddl disable;
comment on event trigger app_noop_ddl is 'off for the migration';
create event trigger app_audit_drops on sql_drop execute function app.noop_ddl();
