create or replace view public.task_overview
with (security_invoker = true)
as
select t.id,
       t.tenant_id,
       p.name as project_name,
       t.title,
       t.status,
       t.priority,
       t.due_date,
       pr.full_name as assignee_name,
       (select count(*) from public.comments c where c.task_id = t.id) as comment_count
from public.tasks t
join public.projects p on p.id = t.project_id
left join public.profiles pr on pr.id = t.assignee_id
where t.status <> 'done';

grant select on public.task_overview to authenticated;
