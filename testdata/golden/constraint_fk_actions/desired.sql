-- Foreign keys with every ON DELETE / ON UPDATE action, column and table level.
create table parents (id int primary key, code text unique, fallback boolean default false);
insert into parents values (0, 'none', true);

create table children (
    id serial primary key,
    p_cascade int references parents on delete cascade,
    p_set_null int references parents (id) on delete set null,
    p_restrict int references parents (id) ON DELETE RESTRICT,
    p_default int default 0 references parents (id) on delete set default,
    p_no_action int references parents (id) on delete no action on update no action,
    p_code text references parents (code) on update cascade on delete cascade,
    p_upd int,
    p_named int,
    foreign key (p_upd) references parents (id) on update restrict on delete set null,
    constraint children_p_named_fk foreign key (p_named) references parents (id) on update set null
);

create table grandchildren (
    child_id int,
    other_id int
);
alter table grandchildren add foreign key (child_id) references children (id) on delete cascade;
alter table grandchildren add constraint gc_other_fk foreign key (other_id) references parents on delete set null (other_id);
