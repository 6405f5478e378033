-- Publications for logical replication: table lists, column lists and row filters (PG15), options.
create table customers (id bigserial primary key, name text, region text, secret_note text);
create table orders (id bigserial primary key, customer_id bigint references customers(id), total numeric(10,2));
create table audit (id bigserial primary key, msg text);
create schema analytics;
create table analytics.facts (id bigserial primary key, v numeric);

create publication shop_pub for table customers, orders;

create publication eu_customers_pub
  for table customers (id, name, region) where (region = 'eu');

create publication inserts_only for table audit with (publish = 'insert');

create publication analytics_pub for tables in schema analytics;

create publication everything for all tables with (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

create publication empty_pub;
