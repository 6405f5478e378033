-- Base schema of the mutation test (tests/oracle/mutations.sh): a small project tracker with
-- billing. Every mutation file in this folder is applied to a database built from this file;
-- pgdrift must then report exactly the objects named in that file's "-- expect:" lines.
-- Written the way people write migrations (short type names, inline constraints, serial), not
-- the way pg_dump prints them: the "base in sync" test checks that difference is not drift.

create extension if not exists btree_gist;

create schema app;
create schema billing;
comment on schema billing is 'Invoices and payments';

create type app.task_status as enum ('todo', 'doing', 'done');

create table app.users (
    id serial primary key,
    email varchar(255) not null,
    display_name varchar(100),
    bio text,
    is_admin boolean not null default false,
    created_at timestamptz not null default now(),
    deleted_at timestamptz
);
create unique index users_email_lower_key on app.users (lower(email));
comment on table app.users is 'People who can log in';
comment on column app.users.email is 'Login address, unique case-insensitively';

create table app.projects (
    id bigint generated always as identity primary key,
    owner_id int not null references app.users (id) on delete restrict,
    slug text not null,
    name text not null,
    archived boolean not null default false,
    budget numeric(12, 2) check (budget >= 0),
    constraint projects_slug_format check (slug ~ '^[a-z0-9-]+$'),
    constraint projects_owner_slug_key unique (owner_id, slug)
);
create index projects_active_idx on app.projects (owner_id) where not archived;

create table app.tasks (
    id bigserial primary key,
    project_id bigint not null references app.projects (id) on delete cascade,
    assignee_id int references app.users (id) on delete set null,
    title text not null,
    status app.task_status not null default 'todo',
    priority smallint not null default 3 check (priority between 1 and 5),
    due_date date,
    notes text,
    created_at timestamptz not null default now()
);
create index tasks_project_status_idx on app.tasks (project_id, status);
create index tasks_open_due_idx on app.tasks (due_date) where status <> 'done';
create index tasks_title_search_idx on app.tasks (lower(title) text_pattern_ops);

create table app.labels (
    name text primary key,
    color char(7) not null default '#cccccc'
);

create table app.task_labels (
    task_id bigint not null references app.tasks (id) on delete cascade,
    label text not null references app.labels (name) on update cascade on delete cascade,
    primary key (task_id, label)
);

create table app.project_members (
    project_id bigint not null references app.projects (id) on delete cascade,
    user_id int not null references app.users (id) on delete cascade,
    role text not null default 'member' check (role in ('owner', 'member', 'viewer')),
    primary key (project_id, user_id)
);

create table app.room_bookings (
    id uuid primary key default gen_random_uuid(),
    room text not null,
    during tstzrange not null,
    booked_by int references app.users (id) on delete set null,
    constraint room_bookings_no_overlap exclude using gist (room with =, during with &&)
);

create sequence billing.invoice_number_seq start with 1000 increment by 1;

create table billing.invoices (
    id uuid primary key default gen_random_uuid(),
    invoice_no bigint not null unique default nextval('billing.invoice_number_seq'),
    project_id bigint not null references app.projects (id) on delete restrict,
    amount_cents bigint not null check (amount_cents > 0),
    currency char(3) not null default 'EUR',
    issued_on date not null default current_date,
    paid_at timestamptz,
    memo text
);
create index invoices_unpaid_idx on billing.invoices (issued_on) where paid_at is null;
comment on table billing.invoices is 'One row per issued invoice';

-- Functions, triggers, row level security and policies (issue 4 kinds).
create function app.touch_updated_at() returns trigger language plpgsql as $$
begin
  new.updated_at := now();
  return new;
end $$;
create function app.project_owner(p bigint) returns int language sql stable as $$ select owner_id from app.projects where id = p $$;
alter table app.projects add column updated_at timestamptz not null default now();
create trigger projects_touch before update on app.projects for each row execute procedure app.touch_updated_at();
alter table app.projects enable row level security;
create policy projects_read on app.projects for select using (true);
create policy projects_write on app.projects for update using (owner_id = 1) with check (owner_id = 1);

-- Views, a materialized view, a partitioned table, inheritance and a domain (issue 4 kinds).
create domain app.percent as numeric(5, 2) check (value between 0 and 100);
create view app.open_tasks as
  select t.id, t.title, p.name as project from app.tasks t join app.projects p on p.id = t.project_id
  where t.status <> 'done';
create view app.open_task_count as select project, count(*) as n from app.open_tasks group by project;
create materialized view billing.unpaid_totals as
  select project_id, sum(amount_cents) as total from billing.invoices where paid_at is null group by project_id;
create index unpaid_totals_project_idx on billing.unpaid_totals (project_id);
create table billing.ledger (
    id bigint not null,
    booked_on date not null,
    amount_cents bigint not null,
    primary key (id, booked_on)
) partition by range (booked_on);
create table billing.ledger_2025 partition of billing.ledger for values from ('2025-01-01') to ('2026-01-01');
create table billing.ledger_2026 partition of billing.ledger for values from ('2026-01-01') to ('2027-01-01');
create index ledger_booked_idx on billing.ledger (booked_on);
create table app.audit_base (at timestamptz not null default now(), actor int);
create table app.task_audit (task_id bigint) inherits (app.audit_base);
create publication app_changes for table app.tasks, app.projects (id, name, archived) where (not archived);
do $$ begin create role pgdrift_mutation_reader nologin; exception when duplicate_object then null; end $$;
grant select on app.tasks to pgdrift_mutation_reader;
create collation app.natural_sort (provider = icu, locale = 'en-u-kn-true');
create collation app.case_blind (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create table app.words (name text collate app.natural_sort primary key, label text collate app.case_blind);
create function app.noop_ddl() returns event_trigger language plpgsql as $$ begin end $$;
create event trigger app_noop_ddl on ddl_command_end when tag in ('CREATE TABLE', 'ALTER TABLE') execute function app.noop_ddl();
create statistics app.words_stats (ndistinct) on name, label from app.words;
create function app.words_match(text, text) returns boolean language sql immutable as 'select lower($1) = lower($2)';
create operator app.=~= (leftarg = text, rightarg = text, function = app.words_match, commutator = operator(app.=~=));
create text search dictionary app.english_nostop (template = snowball, language = english, stopwords = '');
create text search configuration app.docs (copy = english);
alter text search configuration app.docs alter mapping for asciiword, word with app.english_nostop, english_stem;
create extension postgres_fdw;
create server app_remote foreign data wrapper postgres_fdw options (host 'localhost', dbname 'app');
create user mapping for public server app_remote options (user 'reader');
