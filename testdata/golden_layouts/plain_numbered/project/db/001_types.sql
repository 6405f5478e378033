create schema app;
create type app.status as enum ('new', 'done');
