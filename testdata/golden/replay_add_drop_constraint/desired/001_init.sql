create table users (id int primary key, email text, age int);
create table posts (id int primary key, user_id int, title text);
