-- The migrations rename an enum's labels (pending -> waiting -> queued, low -> minor): a
-- database still at the old labels gets them renamed (its rows keep their meaning), not a new
-- label added beside the old one.
CREATE TYPE status AS ENUM ('active', 'pending', 'done');
CREATE TYPE level AS ENUM ('low', 'high');
CREATE TABLE jobs (id integer PRIMARY KEY, s status DEFAULT 'pending', l level);
