-- join an existing table to the hierarchy (columns and checks must match), and leave it
alter table cars inherit vehicles;
alter table bikes no inherit vehicles;
alter table vehicles add column color text;
