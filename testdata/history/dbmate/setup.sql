-- The database: projects applied; 20240102000000 made on prod only; tasks never applied.
create table projects (id bigint primary key, title text not null);
create table labels (id bigint primary key, name text not null);

-- as dbmate creates it
CREATE TABLE public.schema_migrations (version character varying(128) NOT NULL PRIMARY KEY);
INSERT INTO public.schema_migrations (version) VALUES ('20240101000000'), ('20240102000000');
