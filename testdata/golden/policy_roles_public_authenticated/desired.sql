-- Policies scoped to roles: PUBLIC (the default), named roles, several roles, CURRENT_USER.
create table articles (
    id bigserial primary key,
    author text not null default current_user,
    published boolean not null default false,
    body text
);

alter table articles enable row level security;

create policy articles_read_published on articles
  for select to public
  using (published);

create policy articles_read_all_logged_in on articles
  for select to authenticated
  using (true);

create policy articles_anon_or_auth on articles
  for select to anon, authenticated
  using (published = true);

create policy articles_write_own on articles
  for update to authenticated
  using (author = current_user);

create policy articles_current_user on articles
  for delete to current_user
  using (author = current_user);

create policy articles_default_role on articles
  for insert
  with check (author = current_user);
