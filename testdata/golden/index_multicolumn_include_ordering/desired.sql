-- Multi-column indexes, INCLUDE columns, ASC/DESC and NULLS FIRST/LAST.
create table posts (
    id bigserial primary key,
    author_id int not null,
    published_at timestamptz,
    score int,
    title text,
    slug text
);

create index posts_author_published_idx on posts (author_id, published_at desc);
create index posts_score_idx on posts (score desc nulls last);
create index posts_published_nulls_first_idx on posts (published_at nulls first);
create index posts_published_asc_idx on posts (published_at asc nulls last);   -- = default
create index posts_score_desc_nf_idx on posts (score DESC NULLS FIRST);         -- = DESC default
create index posts_author_cover_idx on posts (author_id) include (title, slug);
create unique index posts_slug_key on posts (slug) include (id);
create index posts_mixed_idx on posts (author_id asc, score desc, published_at nulls first);
