-- Helpers used by the RLS policies. SECURITY DEFINER so that the membership lookup itself is
-- not subject to RLS on tenant_members (which would recurse).
create or replace function public.is_tenant_member(p_tenant_id uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.tenant_members m
    where m.tenant_id = p_tenant_id
      and m.user_id = auth.uid()
  );
$$;

create or replace function public.has_tenant_role(p_tenant_id uuid, p_roles public.member_role[])
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.tenant_members m
    where m.tenant_id = p_tenant_id
      and m.user_id = auth.uid()
      and m.role = any (p_roles)
  );
$$;

revoke execute on function public.has_tenant_role(uuid, public.member_role[]) from anon;
