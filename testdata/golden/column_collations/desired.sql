-- Column and index collations.
create table words (
    id int primary key,
    word text collate "C" not null,
    sort_key varchar(50) COLLATE "POSIX",
    plain text,
    display text collate "default",
    code char(3) collate pg_catalog."C"
);

create index words_word_idx on words (word);
create index words_plain_c_idx on words (plain collate "C");
create unique index words_code_key on words (code);
