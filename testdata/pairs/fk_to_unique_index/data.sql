insert into countries (code, name) values ('fr', 'France'), ('jp', 'Japan');
insert into cities (id, country) values (1, 'fr'), (2, 'jp'), (3, null);
