-- A whole schema goes (every --allow-drop kind): a table with a serial (its sequence goes with
-- it) and a constraint trigger, a view with an INSTEAD OF trigger whose function goes too, and a
-- view that reads itself (the rollback creates it over NULLs first, as pg_dump does).
CREATE SCHEMA app;
CREATE TABLE app.items (id serial PRIMARY KEY, label text);
CREATE FUNCTION app.check_item() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE CONSTRAINT TRIGGER items_checked AFTER INSERT ON app.items DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION app.check_item();
CREATE VIEW app.item_labels AS SELECT id, label FROM app.items;
CREATE FUNCTION app.item_labels_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN INSERT INTO app.items (label) VALUES (NEW.label); RETURN NEW; END $$;
CREATE TRIGGER item_labels_insert INSTEAD OF INSERT ON app.item_labels FOR EACH ROW EXECUTE FUNCTION app.item_labels_ins();
CREATE VIEW app.looped AS SELECT id, label FROM app.items;
CREATE OR REPLACE VIEW app.looped AS SELECT id, label FROM app.looped;
