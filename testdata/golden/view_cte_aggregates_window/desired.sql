-- CTEs, window functions, CASE, FILTER, casts and COALESCE as the server re-prints them.
create table payments (
    id bigserial primary key,
    account text not null,
    amount numeric(10,2) not null,
    paid_at timestamptz not null,
    method text
);

create view payment_stats as
with monthly as (
    select account, date_trunc('month', paid_at) as month, sum(amount) as total
    from payments
    group by 1, 2
)
select account,
       month,
       total,
       rank() over (partition by month order by total desc) as rank_in_month,
       sum(total) over (partition by account order by month rows between unbounded preceding and current row) as running
from monthly;

create view payment_methods as
select account,
       count(*) filter (where method = 'card') as card_payments,
       count(*) filter (where method is null) as unknown_method,
       case when sum(amount) > 1000 then 'big' when sum(amount) > 100 then 'medium' else 'small' end as tier,
       coalesce(max(method), 'n/a')::varchar(20) as some_method,
       max(paid_at)::date as last_paid
from payments
group by account;
