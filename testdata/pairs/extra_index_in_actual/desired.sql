create table page_views (
    id bigserial primary key,
    path text not null,
    referrer text,
    viewed_at timestamptz not null default now()
);

create index page_views_viewed_at_idx on page_views (viewed_at);
