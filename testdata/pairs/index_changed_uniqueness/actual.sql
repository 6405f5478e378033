create table users (
    id bigserial primary key,
    email text not null,
    username varchar(40) not null,
    tenant_id int not null
);

create index users_email_lower_idx on users (lower(email));
create unique index users_tenant_username_idx on users (tenant_id, username);
