-- pgdrift catalog dump
CREATE TABLE public.depots (
    id integer NOT NULL,
    country character(2),
    region_code text,
    store_id integer,
    backup_store_id integer,
    third_store_id integer
);
ALTER TABLE public.depots ADD CONSTRAINT depots_backup_store_id_fkey FOREIGN KEY (backup_store_id) REFERENCES public.stores(id) DEFERRABLE;
ALTER TABLE public.depots ADD CONSTRAINT depots_pkey PRIMARY KEY (id);
ALTER TABLE public.depots ADD CONSTRAINT depots_region_fk FOREIGN KEY (country, region_code) REFERENCES public.regions(country, code) DEFERRABLE;
ALTER TABLE public.depots ADD CONSTRAINT depots_store_id_fkey FOREIGN KEY (store_id) REFERENCES public.stores(id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.depots ADD CONSTRAINT depots_third_store_id_fkey FOREIGN KEY (third_store_id) REFERENCES public.stores(id);
CREATE TABLE public.regions (
    country character(2) NOT NULL,
    code text NOT NULL
);
ALTER TABLE public.regions ADD CONSTRAINT regions_pkey PRIMARY KEY (country, code);
CREATE TABLE public.stores (
    id integer NOT NULL,
    country character(2),
    region_code text
);
ALTER TABLE public.stores ADD CONSTRAINT stores_country_region_code_fkey FOREIGN KEY (country, region_code) REFERENCES public.regions(country, code) MATCH FULL ON DELETE CASCADE;
ALTER TABLE public.stores ADD CONSTRAINT stores_pkey PRIMARY KEY (id);
