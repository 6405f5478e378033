-- expect: missing constraint app.room_bookings.room_bookings_booked_by_fkey
alter table app.room_bookings drop constraint room_bookings_booked_by_fkey;
