create table items (
    id int primary key,
    code text unique,
    qty int check (qty >= 0)
);
create index items_qty_idx on items (qty);
