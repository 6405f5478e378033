create table invoices (id serial primary key, customer text not null);
create table reports (id serial primary key, title text);
create table logs (id bigserial primary key, line text);

alter table invoices enable row level security;
alter table invoices force row level security;
alter table reports enable row level security;
alter table logs enable row level security;

create policy invoices_customer on invoices using (customer = current_user);
create policy reports_all on reports using (true);
