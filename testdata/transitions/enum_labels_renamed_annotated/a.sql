-- Labels renamed as sqldef's users annotate them ('new' /* @renamed from=old */, or a line
-- comment after the comma).
CREATE TYPE priority AS ENUM ('low', 'medium', 'high');
CREATE TABLE tasks (id integer PRIMARY KEY, p priority);
