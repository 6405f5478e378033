drop table if exists profiles cascade;
create table if not exists profiles (
    user_id uuid primary key,
    handle text not null unique,
    display_name text
);
