insert into accounts (id, balance, owner) values (1, 50, 'ann'), (2, 5000, 'bob'), (3, 2147483647, null);
