-- A child table no longer inherits from its parent.
-- expect: changed table app.task_audit
alter table app.task_audit no inherit app.audit_base;
