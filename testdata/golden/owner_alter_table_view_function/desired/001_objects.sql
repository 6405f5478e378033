create schema billing;
create type billing.currency as enum ('eur', 'usd');
create table billing.invoices (
    id bigserial primary key,
    amount numeric(12,2) not null,
    currency billing.currency not null default 'eur'
);
create view billing.open_invoices as select id, amount from billing.invoices where amount > 0;
create materialized view billing.totals as select currency, sum(amount) as total from billing.invoices group by currency;
create function billing.total_of(c billing.currency) returns numeric language sql stable
  as $$ select coalesce(sum(amount), 0) from billing.invoices where currency = c $$;
create sequence billing.invoice_number_seq;
create domain billing.positive as numeric check (value > 0);
