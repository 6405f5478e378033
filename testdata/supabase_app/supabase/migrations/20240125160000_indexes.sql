create index if not exists tasks_tenant_id_idx on public.tasks (tenant_id);
create index if not exists tasks_project_status_idx on public.tasks (project_id, status);
create index if not exists tasks_due_date_idx on public.tasks (due_date) where status <> 'done';
create index if not exists comments_task_id_idx on public.comments (task_id, created_at);
create index if not exists projects_tenant_active_idx on public.projects (tenant_id) where not archived;
create index if not exists tenant_members_user_id_idx on public.tenant_members (user_id);

do $$
begin
  if not exists (select 1 from pg_indexes where schemaname = 'public' and indexname = 'comments_tenant_id_idx') then
    create index comments_tenant_id_idx on public.comments (tenant_id);
  end if;
end
$$;
