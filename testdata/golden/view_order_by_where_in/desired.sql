-- ORDER BY position, IN lists, BETWEEN, LIKE, casts: all rewritten by the server.
create table tickets (
    id serial primary key,
    status text not null,
    priority int not null,
    title text,
    opened_at date not null default current_date
);

create view open_tickets as
  select id, title, priority
  from tickets
  where status in ('open', 'reopened') and priority between 1 and 3
  order by 3, 1;

create view tickets_2024 as
  select * from tickets
  where opened_at >= '2024-01-01' and opened_at < date '2025-01-01'
    and title like 'BUG-%'
    and priority not in (5, 6)
  order by opened_at desc nulls last
  limit 100;

create view ticket_status_counts as
  select status, count(*) as n from tickets group by 1 having count(*) > 1 order by 2 desc;
