alter domain sku_code add constraint sku_code_format check (value ~ '^[A-Z]{3}-[0-9]{4}$');
alter domain sku_code set not null;

alter domain quantity add constraint quantity_max check (value <= 100000) not valid;
alter domain quantity validate constraint quantity_max;
alter domain quantity drop constraint quantity_check;
alter domain quantity add check (value < 1000000);

alter domain rating set default 5;
alter domain rating add constraint rating_range check (value between 1 and 5);
alter domain rating rename constraint rating_range to rating_between_1_and_5;
alter domain rating drop default;

alter domain sku_code rename to product_code;
