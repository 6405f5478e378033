-- expect: missing constraint app.room_bookings.room_bookings_no_overlap
alter table app.room_bookings drop constraint room_bookings_no_overlap;
