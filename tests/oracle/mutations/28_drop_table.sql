-- expect: missing table app.project_members
drop table app.project_members;
