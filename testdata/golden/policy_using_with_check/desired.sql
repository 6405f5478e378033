-- USING vs WITH CHECK, with expressions the server rewrites when it stores them.
create table orders (
    id bigserial primary key,
    region text not null,
    status text not null default 'draft',
    amount numeric(10,2) not null default 0,
    created_by text not null default current_user
);

alter table orders enable row level security;

create policy orders_region on orders
  for select
  using (region in ('eu', 'us') and current_setting('app.region', true) = region);

create policy orders_insert_small on orders
  for insert
  with check (amount between 0 and 1000 and status = 'draft');

create policy orders_update on orders
  for update
  using (created_by = current_user)
  with check (status <> 'cancelled' or amount = 0);

create policy orders_jwt on orders
  using (created_by = current_setting('request.jwt.claims', true)::json ->> 'sub');
