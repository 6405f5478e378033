-- The database: V1 as committed; V1.1 applied in an earlier form (checksum differs); V2 failed
-- (nothing of it left); V3 made on prod only; V4 never applied. Checksums computed with
-- Python's zlib.crc32 over the lines, as Flyway reads them, when the fixture was written.
create table customers (id bigint generated always as identity primary key, name text not null);
create table orders (id bigint generated always as identity primary key, customer_id bigint not null references customers (id),
  total numeric(12, 2) not null default 0);
create index orders_customer_idx on orders (customer_id);

-- as flyway creates it
CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL,
    CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank)
);
INSERT INTO public.flyway_schema_history VALUES
  (0, NULL, '<< Flyway Schema Creation >>', 'SCHEMA', '"public"', NULL, 'app', '2024-01-01 09:59:00', 0, true),
  (1, '1', 'init', 'SQL', 'V1__init.sql', 928136951, 'app', '2024-01-01 10:00:00', 12, true),
  (2, '1.1', 'add orders', 'SQL', 'V1_1__add_orders.sql', 1783120957, 'app', '2024-01-02 10:00:00', 9, true),
  (3, '2', 'order status', 'SQL', 'V2__order_status.sql', -182575723, 'app', '2024-01-03 10:00:00', 3, false),
  (4, '3', 'hotfix customer index', 'SQL', 'V3__hotfix_customer_index.sql', 1234567, 'app', '2024-01-04 10:00:00', 5, true);
