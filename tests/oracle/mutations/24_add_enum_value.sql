-- expect: changed type app.task_status
alter type app.task_status add value 'blocked' before 'done';
-- PostgreSQL cannot remove an enum label: the reconciler (every kind allowed to be dropped) makes
-- the type again without it, its columns converted, since no row holds the label.
