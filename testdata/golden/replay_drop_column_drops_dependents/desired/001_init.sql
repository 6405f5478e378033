create table shipments (
    id int primary key,
    tracking text unique,
    weight numeric check (weight > 0),
    carrier text,
    warehouse_id int,
    constraint shipments_weight_carrier_check check (weight < 1000 or carrier is not null)
);
create table warehouses (id int primary key);
alter table shipments add foreign key (warehouse_id) references warehouses;
create index shipments_carrier_idx on shipments (carrier);
create index shipments_carrier_weight_idx on shipments (weight, carrier);
create index shipments_tracking_lower_idx on shipments (lower(tracking)) where carrier is not null;
