-- Objects a real Supabase database already has before any project migration runs.
-- Not part of this repo's schema (see .pgdrift: exclude schema auth).
create schema if not exists auth;
create table if not exists auth.users (id uuid primary key);
