-- pgdrift catalog dump
CREATE SCHEMA "Legacy Data";
CREATE SCHEMA app;
CREATE SCHEMA billing;
CREATE SCHEMA reporting;
CREATE TABLE "Legacy Data"."Imported Rows" (
    id bigint,
    "Raw Line" text
);
CREATE TABLE app.accounts (
    id integer NOT NULL,
    name text NOT NULL
);
ALTER TABLE app.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
CREATE TABLE billing.plans (
    code character varying(20) NOT NULL,
    monthly_price numeric(8,2)
);
ALTER TABLE billing.plans ADD CONSTRAINT plans_pkey PRIMARY KEY (code);
CREATE TABLE reporting.daily_totals (
    day date NOT NULL,
    total numeric(14,2) DEFAULT (0)
);
ALTER TABLE reporting.daily_totals ADD CONSTRAINT daily_totals_pkey PRIMARY KEY (day);
ALTER SCHEMA "Legacy Data" OWNER TO postgres;
ALTER SCHEMA billing OWNER TO postgres;
