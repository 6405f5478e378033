-- pgdrift catalog dump
CREATE ACCESS METHOD heap_copy TYPE TABLE HANDLER heap_tableam_handler;
CREATE DOMAIN public.mood AS text;
CREATE PUBLICATION audit_pub WITH (publish = 'insert, update, delete, truncate');
