update readings set sensor_id = 99 where sensor_id is null;
alter table readings validate constraint readings_sensor_id_check;
