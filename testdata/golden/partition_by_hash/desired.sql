-- Hash partitioning across four partitions, plus a table storage option on one partition.
create table sessions (
    id uuid not null default gen_random_uuid(),
    user_id bigint not null,
    data jsonb,
    created_at timestamptz not null default now(),
    primary key (user_id, id)
) partition by hash (user_id);

create table sessions_p0 partition of sessions for values with (modulus 4, remainder 0);
create table sessions_p1 partition of sessions for values with (modulus 4, remainder 1);
create table sessions_p2 partition of sessions for values with (modulus 4, remainder 2);
create table sessions_p3 partition of sessions
    for values with (modulus 4, remainder 3)
    with (fillfactor = 80);
