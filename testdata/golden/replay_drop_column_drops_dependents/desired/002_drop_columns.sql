-- dropping a column drops every index and constraint that uses it
alter table shipments drop column carrier;        -- drops 3 indexes + the 2-column check
alter table shipments drop column tracking;       -- drops the unique constraint
alter table shipments drop column warehouse_id;   -- drops the FK
alter table warehouses drop column id cascade;    -- drops the PK (no FK left that needs it)
