create domain quantity as int check (value >= 0);
create domain sku_code as text;
create domain rating as smallint default 3;

create table stock (
    sku sku_code primary key,
    qty quantity not null default 0,
    score rating
);
