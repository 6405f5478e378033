create table documents (
    id bigserial primary key,
    owner_name text not null default current_user,
    shared boolean not null default false
);
alter table documents enable row level security;
create policy documents_owner on documents using (owner_name = current_user);
