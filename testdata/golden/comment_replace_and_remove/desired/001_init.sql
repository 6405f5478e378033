create table notes (
    id serial primary key,
    body text,
    author text
);
comment on table notes is 'first version';
comment on column notes.body is 'markdown';
comment on column notes.author is 'free text';
-- expected-warning@+1 {{W200}}
comment on index notes_pkey is 'pk index';
