-- V10 must run after V2 (Flyway compares versions numerically)
alter table book add column published_on date;
alter table author rename column email to contact_email;
create index book_published_on_idx on book (published_on desc nulls last);
