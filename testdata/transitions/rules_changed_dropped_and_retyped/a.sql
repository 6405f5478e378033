-- Rules: one changes its action, one is dropped, one is disabled, and a column a rule's action
-- writes changes type (the rule is dropped with it and created again).
CREATE TABLE items (id integer PRIMARY KEY, qty integer, note text);
CREATE TABLE log (item integer, what text);
CREATE VIEW items_v AS SELECT id, qty FROM items;
CREATE RULE items_v_ins AS ON INSERT TO items_v DO INSTEAD INSERT INTO items (id, qty) VALUES (NEW.id, NEW.qty);
CREATE RULE items_log AS ON UPDATE TO items DO ALSO INSERT INTO log VALUES (OLD.id, 'update');
CREATE RULE items_keep AS ON DELETE TO items WHERE OLD.qty > 0 DO INSTEAD NOTHING;
CREATE RULE items_note AS ON INSERT TO items DO ALSO INSERT INTO log VALUES (NEW.id, NEW.note);
