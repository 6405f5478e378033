create type mood as enum ('happy', 'sad');
create type unused_kind as enum ('a', 'b');
create sequence ticket_seq;
create sequence spare_seq;
create table entries (id int primary key, m mood, n int default nextval('ticket_seq'));
create index entries_m_idx on entries (m);
create index entries_n_idx on entries (n);
