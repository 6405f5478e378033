-- expect: changed type app.task_status
alter type app.task_status add value 'blocked' before 'done';
