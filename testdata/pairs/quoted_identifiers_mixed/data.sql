insert into "CustomerAccounts" ("Display Name", "user") values
    ('Zoë Quinn', 'zoe'),
    ('"Bobby" Tables', 'Robert''); drop table students;--');

insert into "order" ("user", "select", "Total €") values
    ((select "Id" from "CustomerAccounts" where "user" = 'zoe'), true, 12.30),
    ((select "Id" from "CustomerAccounts" where "Display Name" = '"Bobby" Tables'), false, 0.99);

insert into "größe" ("wert") values ('klein'), ('mittel');
