-- pgdrift catalog dump
CREATE SCHEMA lex;
CREATE COLLATION lex.strict (provider = libc, locale = 'POSIX');
CREATE COLLATION public.c_text (provider = libc, locale = 'C');
CREATE COLLATION public.case_blind (provider = icu, deterministic = false, locale = 'und-u-ks-level2');
COMMENT ON COLLATION public.case_blind IS 'equal when only the case differs';
CREATE COLLATION public.copied (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION public.natural_sort (provider = icu, locale = 'en-u-kn-true');
CREATE COLLATION public.posix_copy (provider = libc, locale = 'POSIX');
CREATE COLLATION public.split_libc (provider = libc, lc_collate = 'C', lc_ctype = 'POSIX');
CREATE COLLATION public.und_copy (provider = icu, locale = 'und');
CREATE DOMAIN public.handle AS text COLLATE public.case_blind;
CREATE TABLE public.users (
    id integer NOT NULL,
    login public.handle NOT NULL,
    display_name text COLLATE public.natural_sort,
    code text COLLATE lex.strict
);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE INDEX users_display_c_idx ON public.users USING btree (display_name COLLATE public.c_text);
