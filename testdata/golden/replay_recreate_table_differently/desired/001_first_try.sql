create table profiles (
    id serial primary key,
    username varchar(20) unique,
    bio text
);
create index profiles_bio_idx on profiles (bio);
