-- Array spellings: [], [][], [n], ARRAY, "integer array".
create table matrices (
    id serial primary key,
    tags text[],
    grid text[][],
    scores int[] not null default '{}',
    fixed int[3],
    weights integer array,
    limits bigint array[4],
    names varchar(20)[],
    prices numeric(6,2)[] default '{1.50,2.00}',
    flags boolean[] default array[true, false],
    moments timestamptz[],
    ids uuid[] default array[]::uuid[]
);
