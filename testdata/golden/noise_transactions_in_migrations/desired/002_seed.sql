BEGIN;
SET LOCAL statement_timeout = '30s';
insert into wallets (owner) values ('system');
savepoint before_rates;
create table rates (currency char(3) primary key, rate numeric(10,6) not null);
insert into rates values ('EUR', 1), ('USD', 1.08);
release savepoint before_rates;
COMMIT;
