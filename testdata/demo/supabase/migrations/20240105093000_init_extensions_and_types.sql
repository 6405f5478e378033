-- Base extensions and shared enum types
create extension if not exists pgcrypto;

create type member_role as enum ('owner', 'admin', 'member');
