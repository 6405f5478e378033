alter function slugify(text) owner to app_owner;
alter function old_name(int) rename to next_int;
alter function tax_rate() set schema util;
alter function util.tax_rate() owner to reporting;
alter procedure refresh_all() owner to app_owner;
alter procedure refresh_all rename to refresh_everything;
alter function next_int(integer) immutable;
alter function slugify(text) set search_path = public;
alter function slugify(text) cost 5;
