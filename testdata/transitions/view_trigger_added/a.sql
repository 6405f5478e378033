-- INSTEAD OF triggers make a view writable: one is added, one changes its function, one goes.
CREATE TABLE people (id integer PRIMARY KEY, name text);
CREATE VIEW people_v AS SELECT id, name FROM people;
CREATE FUNCTION people_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE FUNCTION people_v_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN DELETE FROM people WHERE id = OLD.id; RETURN OLD; END $$;
CREATE TRIGGER people_v_delete INSTEAD OF DELETE ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_del();
CREATE TRIGGER people_v_update INSTEAD OF UPDATE ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_ins();
