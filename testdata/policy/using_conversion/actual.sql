-- Production: amounts in cents (integer), tags in one comma-separated string.
create table orders (id int primary key, amount_cents int not null, tags text);
insert into orders values (1, 1250, 'new,paid'), (2, 99, null), (3, 100000, 'vip');
