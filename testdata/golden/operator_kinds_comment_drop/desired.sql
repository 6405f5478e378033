-- Operators: infix with a commutator (itself) and a negator, a prefix one, estimators, HASHES
-- and MERGES, a comment, one dropped; a check and an index expression use one.
create function ci_eq(text, text) returns boolean language sql immutable strict as 'select lower($1) = lower($2)';
create function ci_ne(text, text) returns boolean language sql immutable strict as 'select lower($1) <> lower($2)';
create function negate_money(numeric) returns numeric language sql immutable as 'select -$1';
create function int_add3(int, int) returns int language sql immutable as 'select $1 + $2 + 3';
create operator === (leftarg = text, rightarg = text, function = ci_eq, commutator = ===, negator = !==,
                     restrict = eqsel, join = eqjoinsel);
create operator !== (leftarg = text, rightarg = text, procedure = ci_ne, commutator = !==, negator = ===);
create operator ~- (rightarg = numeric, function = negate_money);
create operator #+# (leftarg = int, rightarg = int, function = int_add3);
create operator public.@@@ (leftarg = int, rightarg = int, function = int_add3);
comment on operator ===(text, text) is 'equal ignoring case';
drop operator @@@ (int, int);
create table accounts (id int primary key, email text, balance numeric,
                       check (not (email === 'root@example.com')));
create index accounts_plus3_idx on accounts ((id #+# 1));
