create type level as enum ('low', 'mid', 'high');

-- Literal defaults, without casts, on each kind of column.
create table settings (
    id serial primary key,
    name text default 'untitled',
    code varchar(10) default 'X-1',
    initial char(1) default 'a',
    quoted text default 'it''s',
    empty_text text not null default '',
    retries int default 3,
    neg int default -1,
    big bigint default 9007199254740993,
    ratio numeric(5,2) default 0.5,
    price numeric default 10,
    factor float8 default 1.5e3,
    enabled bool default true,
    disabled boolean DEFAULT FALSE,
    maybe boolean default null,
    meta jsonb default '{}',
    meta_obj jsonb not null default '{"theme": "dark", "n": 1}',
    meta_json json default '[]',
    lvl level default 'mid',
    tags text[] default '{}',
    nums int[] default '{1,2,3}',
    since date default '2024-01-01',
    window_len interval default '30 days',
    ip inet default '127.0.0.1',
    uid uuid default '00000000-0000-0000-0000-000000000000'
);
