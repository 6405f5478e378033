alter table users add constraint users_email_key unique (email);
alter table orders add constraint orders_total_check check (total >= 0);
