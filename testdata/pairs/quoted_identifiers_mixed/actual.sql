-- tables created by an ORM that quotes everything
create table "CustomerAccounts" (
    "Id" serial primary key,
    "Display Name" text not null,
    "user" text not null
);

create table "order" (
    id serial primary key,
    "user" int not null references "CustomerAccounts" ("Id"),
    "select" boolean not null default false,
    "Total €" numeric(10,2) not null
);

create table "größe" (
    id serial primary key,
    "wert" text not null
);
