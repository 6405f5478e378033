alter table users drop column name;
