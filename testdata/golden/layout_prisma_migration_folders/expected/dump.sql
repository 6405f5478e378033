-- pgdrift catalog dump
CREATE TYPE public."Role" AS ENUM ('USER', 'ADMIN', 'EDITOR');
CREATE SEQUENCE public."User_id_seq" AS integer START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 CACHE 1 NO CYCLE;
CREATE TABLE public."Post" (
    id text NOT NULL,
    title character varying(255) NOT NULL,
    content text,
    published boolean DEFAULT (false) NOT NULL,
    "authorId" integer NOT NULL,
    views double precision DEFAULT (0) NOT NULL,
    price numeric(65,30),
    meta jsonb,
    tags text[] DEFAULT (ARRAY[]::pg_catalog.text[])
);
ALTER TABLE public."Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES public."User"(id) ON UPDATE CASCADE ON DELETE RESTRICT;
ALTER TABLE public."Post" ADD CONSTRAINT "Post_pkey" PRIMARY KEY (id);
CREATE TABLE public."User" (
    id integer DEFAULT (nextval('public."User_id_seq"'::pg_catalog.regclass)) NOT NULL,
    email text NOT NULL,
    role public."Role" DEFAULT ('USER') NOT NULL,
    "createdAt" timestamp(3) without time zone DEFAULT (current_timestamp) NOT NULL,
    "updatedAt" timestamp(3) without time zone NOT NULL,
    "displayName" text
);
ALTER TABLE public."User" ADD CONSTRAINT "User_pkey" PRIMARY KEY (id);
ALTER SEQUENCE public."User_id_seq" OWNED BY public."User".id;
CREATE INDEX "Post_authorId_idx" ON public."Post" USING btree ("authorId");
CREATE UNIQUE INDEX "User_email_key" ON public."User" USING btree (email);
