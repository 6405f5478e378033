-- A range partition on a text key whose bounds look like dates: they are strings, kept as
-- written (not read as instants, which would print '2021-01-01 00:00:00').
create table sales (day varchar(64) not null, qty int not null) partition by range (day);
create table sales_202101 partition of sales for values from ('2021-01-01') to ('2021-01-31');
create table sales_other partition of sales default;
