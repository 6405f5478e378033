-- pgdrift catalog dump
CREATE TABLE public.posts (
    id integer NOT NULL,
    user_id integer NOT NULL,
    title text
);
ALTER TABLE public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id, user_id);
ALTER TABLE public.posts ADD CONSTRAINT posts_title_nonempty CHECK (title <> '');
ALTER TABLE public.posts ADD CONSTRAINT posts_user_fk FOREIGN KEY (user_id) REFERENCES public.users(id) ON DELETE CASCADE;
CREATE TABLE public.users (
    id integer NOT NULL,
    email text,
    age integer
);
ALTER TABLE public.users ADD CONSTRAINT users_age_check1 CHECK (age < 150);
ALTER TABLE public.users ADD CONSTRAINT users_email_key UNIQUE (email);
ALTER TABLE public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
