-- pgdrift catalog dump
CREATE SCHEMA inventory;
CREATE SEQUENCE inventory.items_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE SEQUENCE inventory.warehouses_id_seq AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE inventory.items (
    id integer DEFAULT (nextval('inventory.items_id_seq'::pg_catalog.regclass)) NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL
);
ALTER TABLE inventory.items ADD CONSTRAINT items_pkey PRIMARY KEY (id);
ALTER TABLE inventory.items ADD CONSTRAINT items_sku_key UNIQUE (sku);
CREATE TABLE inventory.stock (
    warehouse_id integer NOT NULL,
    item_id integer NOT NULL,
    qty bigint DEFAULT (0) NOT NULL,
    updated_at timestamp with time zone DEFAULT (now())
);
ALTER TABLE inventory.stock ADD CONSTRAINT stock_item_id_fkey FOREIGN KEY (item_id) REFERENCES inventory.items(id);
ALTER TABLE inventory.stock ADD CONSTRAINT stock_pkey PRIMARY KEY (warehouse_id, item_id);
ALTER TABLE inventory.stock ADD CONSTRAINT stock_qty_check CHECK (qty >= 0);
ALTER TABLE inventory.stock ADD CONSTRAINT stock_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES inventory.warehouses(id);
CREATE TABLE inventory.warehouses (
    id integer DEFAULT (nextval('inventory.warehouses_id_seq'::pg_catalog.regclass)) NOT NULL,
    name text NOT NULL
);
ALTER TABLE inventory.warehouses ADD CONSTRAINT warehouses_name_key UNIQUE (name);
ALTER TABLE inventory.warehouses ADD CONSTRAINT warehouses_pkey PRIMARY KEY (id);
ALTER SEQUENCE inventory.items_id_seq OWNED BY inventory.items.id;
ALTER SEQUENCE inventory.warehouses_id_seq OWNED BY inventory.warehouses.id;
