-- constraint and index names still say mail / age / list_id after this
alter table subscribers rename column mail to email;
alter table subscribers rename age to age_years;
alter table subscribers rename column list_id to mailing_list_id;
alter table lists rename column id to list_id;
alter table subscribers rename column id to subscriber_id;
