alter table users add constraint users_email_key unique (email);
alter table users add constraint users_age_check check (age >= 0);
alter table users add check (age < 150);                          -- users_age_check1
alter table posts add foreign key (user_id) references users (id);   -- posts_user_id_fkey
alter table posts add constraint posts_title_nonempty check (title <> '');
