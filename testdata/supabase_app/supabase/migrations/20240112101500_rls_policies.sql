alter table public.tenants enable row level security;
alter table public.tenant_members enable row level security;
alter table public.profiles enable row level security;
alter table public.projects enable row level security;
alter table public.tasks enable row level security;
alter table public.comments enable row level security;

create policy "Members can view their tenants" on public.tenants
  for select to authenticated
  using (public.is_tenant_member(id));

create policy "Owners can update their tenant" on public.tenants
  for update to authenticated
  using (public.has_tenant_role(id, array['owner']::public.member_role[]));

create policy "Members can view co-members" on public.tenant_members
  for select to authenticated
  using (public.is_tenant_member(tenant_id));

create policy "Profiles are viewable by everyone" on public.profiles
  for select using (true);

create policy "Users can update own profile" on public.profiles
  for update to authenticated
  using ((select auth.uid()) = id)
  with check ((select auth.uid()) = id);

create policy "Members can view projects" on public.projects
  for select to authenticated
  using (public.is_tenant_member(tenant_id) and not archived);

create policy "Admins can manage projects" on public.projects
  for all to authenticated
  using (public.has_tenant_role(tenant_id, array['owner', 'admin']::public.member_role[]))
  with check (public.has_tenant_role(tenant_id, array['owner', 'admin']::public.member_role[]));

create policy "Members can view tasks" on public.tasks
  for select to authenticated
  using (public.is_tenant_member(tenant_id));

create policy "Members can create tasks" on public.tasks
  for insert to authenticated
  with check (public.is_tenant_member(tenant_id));

create policy "Members can update tasks" on public.tasks
  for update to authenticated
  using (public.is_tenant_member(tenant_id));

create policy "Admins can delete tasks" on public.tasks
  as permissive for delete to authenticated
  using (public.has_tenant_role(tenant_id, array['owner', 'admin']::public.member_role[]));

create policy "Members can read comments" on public.comments
  for select to authenticated
  using (public.is_tenant_member(tenant_id));

create policy "Authors can write comments" on public.comments
  for insert to authenticated
  with check (author_id = auth.uid() and public.is_tenant_member(tenant_id));
