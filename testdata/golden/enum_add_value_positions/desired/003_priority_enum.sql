create type channel as enum ();   -- an empty enum is legal
alter type channel add value 'email';
create type priority as enum ('low', 'high');
alter type priority add value 'medium' before 'high';
alter type priority add value 'urgent';
alter table orders add column priority priority default 'medium';
