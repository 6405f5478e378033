-- Domains with CHECK, NOT NULL, DEFAULT, and columns using them.
create domain email as text
  check (value ~* '^[^@\s]+@[^@\s]+\.[^@\s]+$');

create domain positive_amount as numeric(12,2)
  not null
  default 0
  constraint positive_amount_check check (value >= 0);

create domain us_postal_code as varchar(10)
  constraint us_postal_code_format check (value ~ '^\d{5}$' or value ~ '^\d{5}-\d{4}$');

create domain short_label text collate "C" check (length(value) <= 20);

CREATE DOMAIN percentage AS integer DEFAULT 100 CHECK (VALUE BETWEEN 0 AND 100) NULL;

create table subscribers (
    id serial primary key,
    contact email not null,
    credit positive_amount,
    zip us_postal_code,
    tag short_label,
    discount percentage,
    refund positive_amount default 5
);
