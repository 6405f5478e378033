-- drops the schema, its type, table and sequence, and the FK from keep.things (the column stays)
drop schema staging cascade;
drop schema empty_one;
drop schema if exists never_there cascade;
