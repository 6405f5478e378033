-- expect: extra schema reporting
create schema reporting;
