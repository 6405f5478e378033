-- existing rows violate these, so they are added NOT VALID
alter table readings add constraint readings_value_positive check (value > 0) not valid;
alter table readings add constraint readings_sensor_fk foreign key (sensor_id) references sensors (id) not valid;
alter table readings add check (sensor_id is not null) not valid;
