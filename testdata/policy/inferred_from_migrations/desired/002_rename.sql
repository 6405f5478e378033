-- The renames production never got: pgdrift infers them instead of drop + add.
alter table users rename to accounts;
alter table accounts rename constraint users_pkey to accounts_pkey;
alter table accounts rename column name to full_name;
alter table accounts rename constraint users_name_check to accounts_name_check;
alter type mood rename value 'sad' to 'blue';
alter type app_size rename to size_class;
alter domain short_text rename to label_text;
alter index users_name_idx rename to accounts_full_name_idx;
alter table orders rename column user_id to account_id;
alter table orders rename constraint orders_user_id_fkey to orders_account_id_fkey;
create table audit (id int primary key, at timestamptz);
