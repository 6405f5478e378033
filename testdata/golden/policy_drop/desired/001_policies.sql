create table files (
    id bigserial primary key,
    owner_name text not null,
    path text not null
);
alter table files enable row level security;

create policy files_select on files for select using (owner_name = current_user);
create policy files_insert on files for insert with check (owner_name = current_user);
create policy "Files can be deleted by owner" on files for delete using (owner_name = current_user);
