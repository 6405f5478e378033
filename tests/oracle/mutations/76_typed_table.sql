-- A table made of a composite type (OF type): the table and its type are reported once each,
-- the table's columns come from the type. The repair drops the table before its type.
-- expect: extra type app.badge_t
-- expect: extra table app.badges
create type app.badge_t as (code text, label text);
create table app.badges of app.badge_t (primary key (code), label with options not null);
