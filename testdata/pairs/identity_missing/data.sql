insert into devices (id, serial_no) values
    (1, 'SN-0001'),
    (2, 'SN-0002'),
    (57, 'SN-0057');

insert into readings (device_id, seq, value) values
    (1, 1, 20.5),
    (1, 2, 21.0),
    (57, 1, -3.25);
