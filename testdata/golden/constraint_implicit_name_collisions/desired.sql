-- Implicit names that collide get a number: _key1, _check1, _idx1.
create table t (
    a int unique,
    b int,
    a_b int unique,          -- t_a_b_key
    x int check (x > 0) check (x < 100),   -- t_x_check, t_x_check1
    unique (a, b),           -- would be t_a_b_key too -> t_a_b_key1
    unique (a)               -- exact duplicate of the column UNIQUE: PostgreSQL merges it
);

create index on t (b);       -- t_b_idx
create index on t (b);       -- t_b_idx1
create index on t (b desc);  -- t_b_idx2
create index on t (a, b);    -- t_a_b_idx
create index on t (lower(a::text));   -- t_lower_idx

create table u (id int, constraint u_id_key check (id > 0));
alter table u add unique (id);   -- u_id_key is taken by the check: gets u_id_key1
