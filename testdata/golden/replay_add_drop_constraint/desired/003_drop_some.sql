alter table users drop constraint users_age_check;
alter table posts drop constraint posts_user_id_fkey;
alter table posts add constraint posts_user_fk foreign key (user_id) references users on delete cascade;
alter table users drop constraint if exists users_no_such_check;
alter table posts drop constraint posts_pkey, add primary key (id, user_id);
