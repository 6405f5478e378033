select setval('invoice_no', 5);
select setval('countdown', 900);
insert into accounts values (1, 'a@example.com', 'x'), (2, 'b@example.com', 'y');
