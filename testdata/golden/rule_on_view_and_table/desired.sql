-- Rules: an INSTEAD rule makes a join view insertable, an ALSO rule logs deletes, a conditional
-- rule does nothing, a rule with several actions.
create table competitors (id int primary key, full_name text not null, sponsor_id int);
create table sponsors (id int primary key, name text);
create table deletions (at timestamptz default now(), competitor int, note text);

create view competitors_sponsors as
  select c.id, c.full_name, c.sponsor_id, s.name as sponsor
  from competitors c left join sponsors s on c.sponsor_id = s.id;

create rule competitors_sponsors_ins as
    on insert to competitors_sponsors do instead
    insert into competitors(id, full_name, sponsor_id)
    values (new.id, 'Competitor without sponsor', new.sponsor_id)
    returning id, full_name, sponsor_id, null::text;

create rule log_delete as on delete to competitors
  do also insert into deletions (competitor) values (old.id);

create rule no_negative as on update to competitors where new.id < 0 do instead nothing;

create rule two_actions as on insert to sponsors
  do also (insert into deletions (note) values ('unnamed sponsor'); notify sponsors);
