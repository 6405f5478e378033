-- Collations: ICU and libc ones, nondeterministic, copied FROM another, commented, dropped, and
-- used by columns, an index key and a domain (each needs its collation first).
create collation natural_sort (provider = icu, locale = 'en-u-kn-true');
create collation if not exists natural_sort (provider = icu, locale = 'de');
create collation case_blind (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
create collation c_text (locale = 'C');
create collation split_libc (lc_collate = 'C', lc_ctype = 'POSIX');
create collation copied from natural_sort;
create collation posix_copy from "POSIX";
create collation und_copy from "und-x-icu";
create collation doomed (provider = libc, locale = 'C');
drop collation doomed;
comment on collation case_blind is 'equal when only the case differs';
create schema lex;
create collation lex.strict (provider = libc, locale = 'POSIX');

create domain handle as text collate case_blind;
create table users (
    id int primary key,
    login handle not null,
    display_name text collate natural_sort,
    code text collate lex.strict
);
create index users_display_c_idx on users (display_name collate c_text);
