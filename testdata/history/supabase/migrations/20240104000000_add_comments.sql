create table public.comments (
  id bigint primary key,
  post_id bigint references public.posts (id),
  body text
);
alter table public.posts add column title text;
create index comments_post_idx on public.comments (post_id);
