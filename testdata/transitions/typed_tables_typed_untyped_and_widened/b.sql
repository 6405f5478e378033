CREATE TYPE address AS (street text, city text, zip varchar(10));
CREATE TABLE home OF address (PRIMARY KEY (street), city WITH OPTIONS DEFAULT 'Paris');
CREATE TABLE office OF address (street WITH OPTIONS NOT NULL);
CREATE TABLE depot (street text, city text, zip varchar(10));
