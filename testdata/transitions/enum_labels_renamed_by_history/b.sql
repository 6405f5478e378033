CREATE TYPE status AS ENUM ('active', 'pending', 'done');
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE jobs (id integer PRIMARY KEY, s status DEFAULT 'pending', l level);
ALTER TYPE status RENAME VALUE 'pending' TO 'waiting';
ALTER TYPE status RENAME VALUE 'waiting' TO 'queued';
ALTER TYPE level RENAME VALUE 'low' TO 'minor';
