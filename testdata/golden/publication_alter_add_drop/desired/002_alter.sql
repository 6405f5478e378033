alter publication app_pub add table c, d;
alter publication app_pub drop table b;
alter publication app_pub set (publish = 'insert, update');
alter publication other_pub set table a, b;
alter publication other_pub rename to renamed_pub;
create publication temp_pub for table d;
drop publication temp_pub;
drop publication if exists never_was_pub;
