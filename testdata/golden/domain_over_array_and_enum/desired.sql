-- Domains over enums, arrays, and other domains.
create type order_status as enum ('new', 'paid', 'shipped', 'cancelled');

create domain open_status as order_status
  check (value <> 'cancelled');

create domain tag_list as text[]
  default '{}'
  check (cardinality(value) <= 10);

create domain non_empty_text as text check (value <> '');
create domain title_text as non_empty_text check (length(value) < 200);

create table shipments (
    id bigserial primary key,
    status open_status not null default 'new',
    tags tag_list,
    title title_text
);
