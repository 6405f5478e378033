-- EXCLUDE constraints with GiST (btree_gist for the scalar equality parts).
create extension if not exists btree_gist;

create table room_bookings (
    id serial primary key,
    room_id int not null,
    during tstzrange not null,
    cancelled boolean not null default false,
    exclude using gist (room_id with =, during with &&) where (not cancelled)
);

create table price_periods (
    product_id int,
    valid daterange,
    constraint price_periods_no_overlap exclude using gist (product_id with =, valid with &&) deferrable initially deferred
);

create table circles_demo (c circle, exclude using gist (c with &&));
