-- pgdrift catalog dump
CREATE SEQUENCE public.teams_id_seq AS bigint START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 CACHE 1 NO CYCLE;
CREATE OR REPLACE FUNCTION public.has_team_role(p_team bigint, p_role text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public'
    AS $function$
  select exists (select 1 from team_members
                 where team_id = p_team and member = current_user and role = p_role)
$function$;
CREATE OR REPLACE FUNCTION public.is_team_member(p_team bigint) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'public'
    AS $function$
  select exists (select 1 from team_members where team_id = p_team and member = current_user)
$function$;
CREATE TABLE public.team_members (
    team_id bigint NOT NULL,
    member text NOT NULL,
    role text DEFAULT ('member') NOT NULL
);
ALTER TABLE public.team_members ADD CONSTRAINT team_members_pkey PRIMARY KEY (team_id, member);
ALTER TABLE public.team_members ADD CONSTRAINT team_members_team_id_fkey FOREIGN KEY (team_id) REFERENCES public.teams(id) ON DELETE CASCADE;
ALTER TABLE public.team_members ENABLE ROW LEVEL SECURITY;
CREATE POLICY team_members_read ON public.team_members FOR SELECT USING (public.is_team_member(team_id));
CREATE TABLE public.teams (
    id bigint DEFAULT (nextval('public.teams_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE public.teams ADD CONSTRAINT teams_pkey PRIMARY KEY (id);
ALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;
CREATE POLICY teams_admin_update ON public.teams FOR UPDATE TO authenticated USING (public.has_team_role(id, 'admin')) WITH CHECK (public.has_team_role(id, 'admin'));
CREATE POLICY teams_members_read ON public.teams FOR SELECT TO authenticated USING (public.is_team_member(id));
ALTER SEQUENCE public.teams_id_seq OWNED BY public.teams.id;
