alter table items rename constraint items_qty_check to items_qty_non_negative;
alter table items rename constraint items_code_key to items_code_unique;   -- renames its index too
alter index items_qty_idx rename to items_by_qty;
alter index if exists items_pkey rename to items_pk;                       -- renames the constraint too
alter index if exists no_such_index rename to whatever;
