-- Operator classes (and their parameters).
create extension if not exists pg_trgm;

create table search_items (
    id serial primary key,
    name text,
    code varchar(30),
    props jsonb,
    path text
);

create index search_items_name_trgm_idx on search_items using gin (name gin_trgm_ops);
create index search_items_name_gist_trgm_idx on search_items using gist (name gist_trgm_ops(siglen = 32));
create index search_items_code_pattern_idx on search_items (code varchar_pattern_ops);
create index search_items_path_pattern_idx on search_items (path text_pattern_ops);
create index search_items_props_path_ops_idx on search_items using gin (props jsonb_path_ops);
create index search_items_lower_name_trgm_idx on search_items using gin (lower(name) gin_trgm_ops);
create index search_items_name_ops_desc_idx on search_items (name text_pattern_ops desc);
