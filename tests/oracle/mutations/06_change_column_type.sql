-- Widening a varchar: the type's typmod differs.
-- expect: changed column app.users.display_name
alter table app.users alter column display_name type varchar(200);
