-- One policy per command, plus FOR ALL written out.
create table tasks (
    id bigserial primary key,
    owner_name text not null default current_user,
    title text not null,
    done boolean not null default false,
    locked boolean not null default false
);

alter table tasks enable row level security;

create policy tasks_all on tasks for all using (owner_name = current_user);
create policy tasks_select on tasks for select using (true);
create policy tasks_insert on tasks for insert with check (owner_name = current_user);
create policy tasks_update on tasks for update
  using (owner_name = current_user and not locked)
  with check (owner_name = current_user);
create policy tasks_delete on tasks for delete using (owner_name = current_user and done);
