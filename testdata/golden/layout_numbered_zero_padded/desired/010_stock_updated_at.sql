alter table inventory.stock add column updated_at timestamptz default now();
