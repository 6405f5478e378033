CREATE TABLE items (id integer PRIMARY KEY, qty integer, note text);
CREATE TABLE log (item bigint, what text);
CREATE VIEW items_v AS SELECT id, qty FROM items;
CREATE RULE items_v_ins AS ON INSERT TO items_v DO INSTEAD INSERT INTO items (id, qty, note) VALUES (NEW.id, NEW.qty, 'via view');
CREATE RULE items_log AS ON UPDATE TO items DO ALSO INSERT INTO log VALUES (OLD.id, 'update');
CREATE RULE items_note AS ON INSERT TO items DO ALSO INSERT INTO log VALUES (NEW.id, NEW.note);
ALTER TABLE items DISABLE RULE items_note;
COMMENT ON RULE items_log ON items IS 'updates are logged';
