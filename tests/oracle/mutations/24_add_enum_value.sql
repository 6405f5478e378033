-- expect: changed type app.task_status
alter type app.task_status add value 'blocked' before 'done';
-- PostgreSQL cannot remove an enum label (rows may use it): the reconciler leaves it, reported.
-- after repair: changed type app.task_status
