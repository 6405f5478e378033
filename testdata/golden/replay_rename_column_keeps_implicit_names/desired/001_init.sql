create table subscribers (
    id serial primary key,
    mail text not null unique,
    age int check (age > 0),
    list_id int
);
create table lists (id int primary key);
alter table subscribers add foreign key (list_id) references lists;
create index on subscribers (lower(mail));
