alter table author add column email varchar(255);
