-- A foreign-data wrapper and a server on it created by hand: both reported, the repair drops the
-- server before the wrapper.
-- expect: extra foreign_data_wrapper audit_fdw
-- expect: extra server audit_srv
create foreign data wrapper audit_fdw options (scope 'all');
create server audit_srv foreign data wrapper audit_fdw;
