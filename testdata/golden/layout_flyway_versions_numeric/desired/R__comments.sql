-- repeatable migration: runs after all versioned ones, re-runs when its checksum changes
comment on table author is 'Book authors';
comment on column author.contact_email is 'Renamed in V10';
comment on index book_published_on_idx is 'Newest first';
