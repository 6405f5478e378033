-- A plain table of the schema made typed by hand (ALTER TABLE ... OF): the table changed, the
-- type is new. The repair makes the table plain again (NOT OF) and drops the type.
-- expect: extra type app.label_t
-- expect: changed table app.labels
create type app.label_t as (name text, color character(7));
alter table app.labels of app.label_t;
