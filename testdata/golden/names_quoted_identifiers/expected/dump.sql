-- pgdrift catalog dump
CREATE SCHEMA "Sales Team";
CREATE SEQUENCE "Sales Team"."Customer Accounts_Id_seq" AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE "Sales Team"."Customer Accounts" (
    "Id" integer DEFAULT (nextval('"Sales Team"."Customer Accounts_Id_seq"'::pg_catalog.regclass)) NOT NULL,
    "Full Name" text NOT NULL,
    "it""s ok" boolean DEFAULT (true),
    "café" text,
    "Ünïcødé Ⅸ" integer,
    "ALLCAPS" integer,
    mixedcase integer,
    lower_already integer
);
ALTER TABLE "Sales Team"."Customer Accounts" ADD CONSTRAINT "Customer Accounts_pkey" PRIMARY KEY ("Id");
CREATE TABLE public."Widgets" (
    "ID" integer NOT NULL,
    "Name" text
);
ALTER TABLE public."Widgets" ADD CONSTRAINT "Widgets_pkey" PRIMARY KEY ("ID");
CREATE TABLE public."naïve_テーブル" (
    "ключ" integer NOT NULL,
    "值" text
);
ALTER TABLE public."naïve_テーブル" ADD CONSTRAINT "naïve_テーブル_pkey" PRIMARY KEY ("ключ");
ALTER TABLE public."naïve_テーブル" ADD CONSTRAINT "naïve_テーブル_值_check" CHECK ("值" <> '');
CREATE TABLE public.widgets (
    id integer NOT NULL,
    name text
);
ALTER TABLE public.widgets ADD CONSTRAINT widgets_pkey PRIMARY KEY (id);
ALTER SEQUENCE "Sales Team"."Customer Accounts_Id_seq" OWNED BY "Sales Team"."Customer Accounts"."Id";
CREATE INDEX "Customer Accounts Full Name idx" ON "Sales Team"."Customer Accounts" USING btree ("Full Name");
CREATE UNIQUE INDEX "Customer Accounts_café_idx" ON "Sales Team"."Customer Accounts" USING btree ("café");
