create table orders (id int primary key, user_id int references users);
