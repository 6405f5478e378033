insert into author (id, name, contact_email) values (1, 'Anonymous', 'anon@example.com')
on conflict (id) do nothing;
