comment on table notes is E'Second version\nwith a newline and a tab\there';
comment on column notes.body is null;          -- removes the comment
COMMENT ON COLUMN public.notes.author IS '';   -- empty string also removes it
-- expected-warning@+1 {{W200}}
comment on index notes_pkey is 'pk index, renamed below';
alter index notes_pkey rename to notes_id_pk;
comment on sequence notes_id_seq is 'serial sequence';
