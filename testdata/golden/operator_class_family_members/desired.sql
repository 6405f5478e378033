-- Operator classes and families: a btree class with a reverse sort order (its family made with
-- it), an index using it, a hash family with a member of its own and a class in it, a member
-- dropped again, comments, and a class dropped.
create function rev_cmp(int, int) returns int language sql immutable
  as $$ select case when $1 < $2 then 1 when $1 > $2 then -1 else 0 end $$;
create operator class int4_reverse_ops for type int4 using btree as
  operator 1 >, operator 2 >=, operator 3 =, operator 4 <=, operator 5 <,
  function 1 rev_cmp(int, int);
comment on operator class int4_reverse_ops using btree is 'descending';
create table scores (player text, points int);
create index scores_points_desc on scores (points int4_reverse_ops);

create function text_hash(text) returns int language sql immutable as $$ select hashtext($1) $$;
create operator family text_fam using hash;
alter operator family text_fam using hash add operator 1 = (text, text);
create operator class text_hash_ops for type text using hash family text_fam as function 1 text_hash(text);
comment on operator family text_fam using hash is 'texts hashed our way';
create operator family spare using btree;
alter operator family spare using btree add operator 1 < (int8, int8), operator 3 = (int8, int8);
alter operator family spare using btree drop operator 3 (int8, int8);
create operator class doomed for type int8 using btree family spare as operator 2 <=, function 1 btint8cmp(int8, int8);
drop operator class doomed using btree;
