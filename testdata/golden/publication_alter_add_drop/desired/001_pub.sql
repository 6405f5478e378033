create table a (id int primary key, v text);
create table b (id int primary key, v text);
create table c (id int primary key, v text);
create table d (id int primary key, v text);

create publication app_pub for table a, b;
create publication other_pub for table c;
