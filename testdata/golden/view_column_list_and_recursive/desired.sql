-- Column lists on CREATE VIEW, recursive views, VALUES views, views over functions.
create table categories (
    id int primary key,
    parent_id int references categories(id),
    name text not null
);

create view category_names (category_id, category_name) as
  select id, name from categories;

create recursive view category_tree (id, name, depth) as
  select id, name, 0 from categories where parent_id is null
  union all
  select c.id, c.name, t.depth + 1 from categories c join category_tree t on c.parent_id = t.id;

create view weekdays (n, label) as
  values (1, 'mon'), (2, 'tue'), (3, 'wed');

create view numbers as select g as n from generate_series(1, 10) g;
