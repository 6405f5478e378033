-- Views built on views: the dump must order them by dependency, not by name.
create table sales (
    id bigserial primary key,
    region text not null,
    amount numeric(12,2) not null,
    sold_on date not null
);

create view z_sales_by_month as
  select region, date_trunc('month', sold_on)::date as month, sum(amount) as total
  from sales
  group by region, date_trunc('month', sold_on);

create view m_sales_best_month as
  select distinct on (region) region, month, total
  from z_sales_by_month
  order by region, total desc;

create view a_sales_report as
  select b.region, b.month as best_month, b.total as best_total,
         (select sum(total) from z_sales_by_month m where m.region = b.region) as year_total
  from m_sales_best_month b;
