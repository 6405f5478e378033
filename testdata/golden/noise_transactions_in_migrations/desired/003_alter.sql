start transaction;
alter table wallets add column currency char(3) not null default 'EUR' references rates;
end;
begin transaction isolation level serializable;
create index transfers_from_idx on transfers (from_wallet);
commit work;
