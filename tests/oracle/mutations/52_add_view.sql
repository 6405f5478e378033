-- A view nobody committed.
-- expect: extra view app.admins
create view app.admins as select id, email from app.users where is_admin;
