-- Row level security switched on, and forced on for the table owner too.
create table documents (
    id bigserial primary key,
    owner_name text not null default current_user,
    body text
);

create table audit_entries (
    id bigserial primary key,
    message text not null
);

create table open_data (
    id serial primary key,
    value text
);

alter table documents enable row level security;

alter table audit_entries enable row level security;
alter table audit_entries force row level security;

-- force without enable: flag stored, no effect until enabled
alter table open_data force row level security;

create policy documents_owner on documents
  using (owner_name = current_user);
