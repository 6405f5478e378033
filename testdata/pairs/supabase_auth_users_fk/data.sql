-- auth.users comes from setup.sql (exists in every environment)
insert into auth.users (id, email) values
    ('a1b2c3d4-0000-4000-8000-00000000000a', 'ana@example.com'),
    ('a1b2c3d4-0000-4000-8000-00000000000b', 'bo@example.com');

insert into profiles (id, username, avatar_url) values
    ('a1b2c3d4-0000-4000-8000-00000000000a', 'ana', null),
    ('a1b2c3d4-0000-4000-8000-00000000000b', 'bo_b', 'https://example.com/bo.png');

insert into posts (author_id, title, body) values
    ('a1b2c3d4-0000-4000-8000-00000000000a', 'Hello Supabase', 'First!'),
    ('a1b2c3d4-0000-4000-8000-00000000000b', 'Draft', null);
