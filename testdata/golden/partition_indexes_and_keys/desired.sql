-- Indexes and constraints declared on the parent cascade to partitions; partitions can add their own.
create table orders (
    id bigint not null,
    tenant_id int not null,
    placed_on date not null,
    total numeric(12,2) not null check (total >= 0),
    note text,
    primary key (tenant_id, id, placed_on),
    unique (id, placed_on)
) partition by range (placed_on);

create table orders_2024 partition of orders for values from ('2024-01-01') to ('2025-01-01');
create table orders_2025 partition of orders for values from ('2025-01-01') to ('2026-01-01');

create index orders_tenant_placed_idx on orders (tenant_id, placed_on desc);
create index on orders using brin (placed_on);
create index orders_note_idx on only orders (note);
create index orders_2024_note_idx on orders_2024 (note);
alter index orders_note_idx attach partition orders_2024_note_idx;

-- only on one partition
create index orders_2025_big_idx on orders_2025 (total) where total > 1000;

create table tenants (id int primary key);
alter table orders add constraint orders_tenant_fk foreign key (tenant_id) references tenants (id);
