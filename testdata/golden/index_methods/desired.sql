-- Index access methods other than the btree default.
create table documents (
    id bigserial primary key,
    token text,
    body text,
    tags text[],
    props jsonb,
    location point,
    area box,
    created_at timestamptz default now(),
    ts tsvector
);

create index documents_token_hash_idx on documents using hash (token);
create index documents_tags_gin_idx on documents using gin (tags);
create index documents_props_gin_idx on documents using GIN (props);
create index documents_ts_idx on documents using gin (ts);
create index documents_body_fts_idx on documents using gin (to_tsvector('english', body));
create index documents_area_gist_idx on documents using gist (area);
create index documents_location_spgist_idx on documents using spgist (location);
create index documents_created_brin_idx on documents using brin (created_at) with (pages_per_range = 32);
create index documents_id_btree_idx on documents using btree (id);
create index documents_props_fill_idx on documents (id) with (fillfactor = 70);
