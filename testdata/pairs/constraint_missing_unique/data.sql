insert into teams (org_id, slug, name, invite_code) values
    (1, 'platform', 'Platform', 'XK29-PLAT'),
    (1, 'growth', 'Growth', null),
    (2, 'platform', 'Platform (EU)', 'QQ71-EU01');
