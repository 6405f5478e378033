create table app.jobs (id serial primary key, status app.status not null default 'new');
