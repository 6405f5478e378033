-- pgdrift catalog dump
CREATE TABLE public.books (
    id integer NOT NULL,
    author_id integer,
    title text
);
ALTER TABLE public.books ADD CONSTRAINT books_pkey PRIMARY KEY (id);
CREATE TABLE public.reviews (
    id integer NOT NULL,
    book_id integer,
    reviewer_author_id integer
);
ALTER TABLE public.reviews ADD CONSTRAINT reviews_book_id_fkey FOREIGN KEY (book_id) REFERENCES public.books(id) ON DELETE CASCADE;
ALTER TABLE public.reviews ADD CONSTRAINT reviews_pkey PRIMARY KEY (id);
