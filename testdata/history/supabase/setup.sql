-- The database: 20240101 as committed, 20240102 in its first form, 20240103 made on prod only,
-- 20240105 recorded under another name, 20240104 never applied.
create table public.users (id bigint primary key, email text not null);
create table public.posts (id bigint primary key, user_id bigint not null references public.users (id));
create index posts_user_idx on public.posts (user_id);
create view public.user_emails as select id, email from public.users;

create schema supabase_migrations;
create table supabase_migrations.schema_migrations (version text primary key, statements text[], name text);
insert into supabase_migrations.schema_migrations (version, statements, name) values
  ('20240101000000', array['create table public.users (id bigint primary key, email text not null)'], 'init'),
  ('20240102000000', array['create table public.posts (id bigint primary key, user_id bigint not null references public.users (id))'], 'add_posts'),
  ('20240103000000', array['create index posts_user_idx on public.posts (user_id)'], 'hotfix_index'),
  ('20240105000000', array['create view public.user_emails as select id, email from public.users'], 'emails_view');
