-- pgdrift catalog dump
CREATE TABLE public.tasks (
    id integer NOT NULL,
    title text NOT NULL,
    status text DEFAULT ('todo'),
    priority integer NOT NULL,
    owner text DEFAULT (current_user)
);
ALTER TABLE public.tasks ADD CONSTRAINT tasks_pkey PRIMARY KEY (id);
