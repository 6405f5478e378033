insert into accounts (id, name) values
    (1, 'Acme'),
    (2, 'Globex');

insert into memberships (account_id, user_email) values
    (1, 'wile@acme.test'),
    (1, 'road@acme.test'),
    (2, 'hank@globex.test');
