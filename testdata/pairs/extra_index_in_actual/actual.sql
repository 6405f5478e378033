create table page_views (
    id bigserial primary key,
    path text not null,
    referrer text,
    viewed_at timestamptz not null default now()
);

create index page_views_viewed_at_idx on page_views (viewed_at);

-- added during an incident by the on-call engineer
create index concurrently_added_path_idx on page_views (path, viewed_at desc);
create index page_views_referrer_idx on page_views (referrer) where referrer is not null;
