-- attributes can be added/renamed while a table column uses the type, not retyped
alter type contact_info add attribute fax text;
alter type contact_info rename attribute email to email_address;
alter type geo_point alter attribute lat type numeric(9,6), alter attribute lon type numeric(9,6);
alter type geo_point drop attribute lon, add attribute lng numeric(9,6);
alter type geo_point rename to location_point;
drop type to_drop;
comment on type contact_info is 'how to reach a vendor';
