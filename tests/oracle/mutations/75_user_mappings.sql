-- User mappings: one's options changed by hand, another added.
-- expect: changed user_mapping FOR PUBLIC SERVER app_remote
-- expect: extra user_mapping FOR postgres SERVER app_remote
alter user mapping for public server app_remote options (set user 'writer', add password 'x');
create user mapping for postgres server app_remote options (user 'admin');
