-- UNIQUE constraints: column, table, multi-column, named, NULLS NOT DISTINCT, INCLUDE.
create table members (
    id serial primary key,
    email text unique,
    org_id int not null,
    username varchar(40) not null,
    phone text unique nulls not distinct,
    external_ref text,
    unique (org_id, username),
    constraint members_external_ref_uq unique nulls not distinct (org_id, external_ref)
);

create table slots (
    day date,
    slot int,
    booked_by int,
    UNIQUE (day, slot) INCLUDE (booked_by),
    constraint slots_booked_by_key unique (booked_by) deferrable initially deferred
);

create table codes (code text, region text);
alter table codes add unique (code);
alter table codes add constraint codes_lower_unique unique nulls distinct (region, code);
