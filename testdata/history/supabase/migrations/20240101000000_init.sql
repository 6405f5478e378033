create table public.users (id bigint primary key, email text not null);
