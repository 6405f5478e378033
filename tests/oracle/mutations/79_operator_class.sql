-- An operator class made by hand (with the family PostgreSQL makes for it): both reported, the
-- repair drops the class, then its family.
-- expect: extra operator_class app.label_ops USING btree
-- expect: extra operator_family app.label_ops USING btree
create operator class app.label_ops for type text using btree as
  operator 1 <, operator 3 =, function 1 bttextcmp(text, text);
