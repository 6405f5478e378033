insert into public.profiles (id, username) values ('00000000-0000-0000-0000-000000000001', 'admin');
create index posts_author_idx on public.posts (author);
