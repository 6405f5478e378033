create table folders (
    id serial primary key,
    parent_id int references folders (id) on delete restrict,
    name text not null
);

create table files (
    id serial primary key,
    folder_id int not null references folders (id) on delete restrict on update cascade,
    uploaded_by int,
    name text not null
);

create table file_versions (
    id serial primary key,
    file_id int not null,
    version int not null,
    constraint file_versions_file_id_fkey foreign key (file_id) references files (id)
        on delete cascade deferrable initially deferred
);
