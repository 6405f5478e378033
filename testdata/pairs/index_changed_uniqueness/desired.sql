create table users (
    id bigserial primary key,
    email text not null,
    username varchar(40) not null,
    tenant_id int not null
);

-- emails must be unique regardless of case
create unique index users_email_lower_idx on users (lower(email));
-- usernames are only unique within a tenant for lookups; no longer enforced
create index users_tenant_username_idx on users (tenant_id, username);
