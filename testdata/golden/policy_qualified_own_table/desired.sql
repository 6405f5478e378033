-- A policy that qualifies columns with its own table's name (graphile-starter): comparing it with
-- the live one must keep that name resolvable.
create table public.organizations (
    id integer primary key,
    owner_id integer,
    is_public boolean not null default false
);
alter table public.organizations enable row level security;
create policy select_own on public.organizations for select
    using (organizations.is_public or organizations.owner_id = 1);
