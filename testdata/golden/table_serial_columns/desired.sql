-- serial pseudo-types expand to integer + owned sequence + nextval default + NOT NULL.
create table events (
    id serial primary key,
    seq_no bigserial,
    small_no smallserial not null,
    legacy_no serial4,
    big_no serial8 unique
);

CREATE TABLE "Mixed Case" (
    "Id" SERIAL PRIMARY KEY,
    label text
);

create schema archive;
create table archive.events (id bigserial primary key, payload jsonb);
