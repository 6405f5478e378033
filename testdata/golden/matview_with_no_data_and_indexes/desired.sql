-- Materialized views: WITH [NO] DATA, indexes (a unique one allows REFRESH ... CONCURRENTLY).
create table page_views (
    id bigserial primary key,
    path text not null,
    viewed_at timestamptz not null default now(),
    user_agent text
);

create materialized view daily_views as
  select path, viewed_at::date as day, count(*) as views
  from page_views
  group by path, viewed_at::date
with no data;

create unique index daily_views_path_day_idx on daily_views (path, day);
create index on daily_views (day desc);

create materialized view if not exists top_paths as
  select path, count(*) as n from page_views group by path order by n desc limit 10;

create index top_paths_n_idx on top_paths using btree (n);

create materialized view agent_counts (agent, n) with (fillfactor = 90) as
  select user_agent, count(*) from page_views group by 1
with data;
