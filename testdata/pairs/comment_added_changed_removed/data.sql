insert into accounts (name, tier, legacy_ref) values
    ('Acme', 'pro', 'CRM-001'),
    ('Globex', 'free', null);
