create extension if not exists btree_gist;

create table rooms (
    id serial primary key,
    name text not null unique
);

create table reservations (
    id bigserial primary key,
    room_id int not null references rooms (id),
    guest text not null,
    during tstzrange not null,
    cancelled boolean not null default false,
    constraint reservations_no_overlap
        exclude using gist (room_id with =, during with &&) where (not cancelled)
);
