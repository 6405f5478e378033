-- INSTEAD OF triggers make a join view writable.
create table people (
    id serial primary key,
    name text not null
);
create table emails (
    person_id int primary key references people(id) on delete cascade,
    email text not null
);

create view people_with_email as
  select p.id, p.name, e.email
  from people p left join emails e on e.person_id = p.id;

create or replace function people_with_email_ins() returns trigger
language plpgsql as $$
declare
  new_id int;
begin
  insert into people (name) values (new.name) returning id into new_id;
  if new.email is not null then
    insert into emails (person_id, email) values (new_id, new.email);
  end if;
  new.id := new_id;
  return new;
end;
$$;

create or replace function people_with_email_del() returns trigger
language plpgsql as $$
begin
  delete from people where id = old.id;
  return old;
end;
$$;

create trigger people_with_email_insert instead of insert on people_with_email
  for each row execute function people_with_email_ins();

create trigger people_with_email_delete instead of delete on people_with_email
  for each row execute procedure people_with_email_del();
