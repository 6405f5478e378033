create table documents (
    id bigserial primary key,
    path text not null,
    checksum text not null,
    metadata jsonb not null default '{}',
    labels text[] not null default '{}',
    created_at timestamptz not null default now()
);

create index documents_metadata_idx on documents using gin (metadata jsonb_path_ops);
create index documents_labels_idx on documents using gin (labels);
create index documents_checksum_idx on documents using hash (checksum);
create index documents_created_brin on documents using brin (created_at) with (pages_per_range = 32);
create index documents_path_prefix_idx on documents (path text_pattern_ops);
