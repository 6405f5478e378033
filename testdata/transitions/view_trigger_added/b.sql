CREATE TABLE people (id integer PRIMARY KEY, name text);
CREATE VIEW people_v AS SELECT id, name FROM people;
CREATE FUNCTION people_v_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO people VALUES (NEW.id, NEW.name); RETURN NEW; END $$;
CREATE FUNCTION people_v_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN UPDATE people SET name = NEW.name WHERE id = OLD.id; RETURN NEW; END $$;
CREATE TRIGGER people_v_insert INSTEAD OF INSERT ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_ins();
CREATE TRIGGER people_v_update INSTEAD OF UPDATE ON people_v FOR EACH ROW EXECUTE FUNCTION people_v_upd();
COMMENT ON TRIGGER people_v_insert ON people_v IS 'inserts go to people';
