-- Multi-column FKs, MATCH FULL / SIMPLE, deferrable variants.
create table regions (country char(2), code text, primary key (country, code));

create table stores (
    id int primary key,
    country char(2),
    region_code text,
    foreign key (country, region_code) references regions (country, code) match full on delete cascade
);

create table depots (
    id int primary key,
    country char(2),
    region_code text,
    store_id int references stores deferrable initially deferred,
    backup_store_id int references stores (id) deferrable initially immediate,
    third_store_id int references stores (id) not deferrable,
    constraint depots_region_fk foreign key (country, region_code)
        references regions (country, code) match simple deferrable
);
