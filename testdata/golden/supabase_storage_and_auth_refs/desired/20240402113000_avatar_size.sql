alter table public.avatars add column size_bytes bigint check (size_bytes between 0 and 5242880);
create index avatars_owner_idx on public.avatars (owner);
comment on column public.avatars.owner is 'auth.users.id of the uploader';
