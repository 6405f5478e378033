-- pgdrift catalog dump
CREATE EXTENSION postgres_fdw WITH SCHEMA public;
CREATE SERVER spare FOREIGN DATA WRAPPER postgres_fdw;
CREATE SERVER warehouse VERSION '15' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'localhost', dbname 'dwh', port '5432');
CREATE USER MAPPING FOR PUBLIC SERVER warehouse OPTIONS ("user" 'report_reader', password 'not-a-secret');
CREATE USER MAPPING FOR postgres SERVER warehouse OPTIONS ("user" 'admin');
CREATE FOREIGN TABLE public.remote_orders (
    id integer,
    total numeric
)
SERVER warehouse OPTIONS (table_name 'orders');
