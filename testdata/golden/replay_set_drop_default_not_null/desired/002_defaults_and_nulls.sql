alter table tasks alter column title set not null;
alter table tasks alter column status set default 'open';
alter table tasks alter column priority drop default;
alter table tasks alter column owner drop not null;
alter table tasks alter column owner set default current_user;
ALTER TABLE tasks ALTER COLUMN status DROP DEFAULT, ALTER COLUMN status SET DEFAULT 'todo';
alter table tasks alter priority drop not null, alter priority set not null;
