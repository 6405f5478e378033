-- CONCURRENTLY must run outside a transaction block; the resulting index is the same.
create table page_views (
    id bigserial primary key,
    page text not null,
    visitor uuid,
    viewed_at timestamptz not null default now()
);

create index concurrently page_views_page_idx on page_views (page);
CREATE INDEX CONCURRENTLY IF NOT EXISTS page_views_viewed_at_idx ON page_views (viewed_at DESC);
create unique index concurrently if not exists page_views_visitor_page_key on page_views (visitor, page);
create index concurrently on page_views (visitor);
create index concurrently if not exists page_views_page_idx on page_views (visitor);   -- no-op
