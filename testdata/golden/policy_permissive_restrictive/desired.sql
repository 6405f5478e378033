-- Permissive policies are OR-ed together, restrictive ones AND-ed on top.
create table messages (
    id bigserial primary key,
    sender text not null,
    recipient text not null,
    archived boolean not null default false,
    body text
);

alter table messages enable row level security;

create policy messages_sender on messages
  as permissive
  for select
  using (sender = current_user);

create policy messages_recipient on messages
  for select
  using (recipient = current_user);

create policy messages_not_archived on messages
  as restrictive
  for select
  using (not archived);

create policy messages_restrict_writes on messages as restrictive for all
  using (sender = current_user)
  with check (sender = current_user);
