-- CREATE OR REPLACE VIEW may only append columns at the end (same names and types before)
create or replace view user_directory as
  select id, email, full_name from users;

create or replace view user_directory as
  select id, email, full_name, created_at::date as joined_on
  from users
  where email is not null;
