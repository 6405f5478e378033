-- pgdrift catalog dump
CREATE TABLE public.categories (
    id integer NOT NULL,
    parent_id integer,
    name text NOT NULL
);
ALTER TABLE public.categories ADD CONSTRAINT categories_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.categories(id);
ALTER TABLE public.categories ADD CONSTRAINT categories_pkey PRIMARY KEY (id);
CREATE VIEW public.category_names (category_id, category_name) AS SELECT categories.id AS category_id, categories.name AS category_name FROM public.categories;
CREATE VIEW public.category_tree (id, name, depth) AS WITH RECURSIVE category_tree(id, name, depth) AS (SELECT categories.id AS id, categories.name AS name, 0 AS "?column?" FROM public.categories WHERE categories.parent_id IS NULL UNION ALL SELECT c.id, c.name, t.depth + 1 FROM public.categories c JOIN category_tree t ON c.parent_id = t.id) SELECT category_tree.id AS id, category_tree.name AS name, category_tree.depth AS depth FROM category_tree;
CREATE VIEW public.numbers (n) AS SELECT g.g AS n FROM generate_series(1, 10) g(g);
CREATE VIEW public.weekdays (n, label) AS VALUES (1, 'mon'), (2, 'tue'), (3, 'wed');
