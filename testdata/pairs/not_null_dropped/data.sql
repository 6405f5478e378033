-- the first row is its own manager: the old schema forced a value
insert into employees (first_name, last_name, manager_id, hired_on) values
    ('Margaret', 'Hamilton', 1, '2015-01-05');

insert into employees (first_name, last_name, middle_name, manager_id, hired_on) values
    ('Katherine', 'Johnson', 'Coleman', 1, '2016-07-11'),
    ('Dennis', 'Ritchie', 'MacAlistair', 1, '2018-02-19');
