-- Tables and columns named with SQL reserved words must be quoted; the dump quotes them too.
create table "user" (
    id bigserial primary key,
    "name" text,
    "group" text,
    "limit" int default 10,
    "default" boolean default false
);

create table "order" (
    id bigserial primary key,
    "user" bigint not null references "user" (id),
    "from" date,
    "to" date,
    "select" text,
    "check" int check ("check" >= 0),
    constraint order_from_before_to check ("from" <= "to")
);

create index "order_user_idx" on "order" ("user");
create table "table" ("column" int primary key, "primary" text unique);
