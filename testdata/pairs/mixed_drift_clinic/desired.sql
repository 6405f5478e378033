-- clinic scheduling app: flyway migrations V1..V23, squashed
create extension if not exists btree_gist;

create schema clinic;
create schema reports;

create type clinic.allergy_severity as enum ('mild', 'moderate', 'severe', 'life-threatening');
create type clinic.appointment_status as enum ('booked', 'checked_in', 'completed', 'no_show', 'cancelled');

create sequence clinic.invoice_no_seq as int start 2000 increment 1;

create table clinic.patients (
    id bigserial primary key,
    mrn varchar(12) not null,
    first_name text not null,
    last_name text not null,
    birth_date date not null,
    phone varchar(32),
    email text,
    constraint patients_mrn_key unique (mrn)
);

create table clinic.practitioners (
    id serial primary key,
    full_name text not null,
    specialty text not null default 'general',
    license_no bigint not null unique
);

create table clinic.rooms (
    id serial primary key,
    label text not null unique,
    floor int
);

create table clinic.appointments (
    id bigserial primary key,
    patient_id bigint not null references clinic.patients (id),
    practitioner_id int not null references clinic.practitioners (id),
    room_id int references clinic.rooms (id),
    slot tstzrange not null,
    status clinic.appointment_status not null default 'booked',
    constraint appointments_no_double_booking
        exclude using gist (practitioner_id with =, slot with &&) where (status <> 'cancelled')
);

create index appointments_patient_idx on clinic.appointments (patient_id);

create table clinic.visits (
    id bigserial primary key,
    appointment_id bigint not null unique references clinic.appointments (id),
    notes text,
    diagnosis_code varchar(10)
);

comment on column clinic.visits.notes is 'free text; may contain PHI';

create table clinic.medications (
    id serial primary key,
    name text not null,
    form text not null,
    discontinued boolean not null default false
);

create unique index medications_name_form_idx on clinic.medications (lower(name), form);
create index medications_active_idx on clinic.medications (name) where not discontinued;

create table clinic.prescriptions (
    id bigserial primary key,
    visit_id bigint not null references clinic.visits (id) on delete cascade,
    medication_id int not null references clinic.medications (id),
    dose_mg numeric(8,2) not null check (dose_mg > 0),
    times_per_day smallint not null default 1 check (times_per_day between 1 and 6)
);

create table clinic.allergies (
    id serial primary key,
    substance text not null unique
);

create table clinic.patient_allergies (
    patient_id bigint not null references clinic.patients (id) on delete cascade,
    allergy_id int not null references clinic.allergies (id),
    severity clinic.allergy_severity not null,
    primary key (patient_id, allergy_id)
);

create table clinic.insurers (
    id serial primary key,
    name text not null unique,
    payer_code varchar(8) not null
);

create table clinic.patient_insurance (
    patient_id bigint not null references clinic.patients (id) on delete cascade,
    insurer_id int not null references clinic.insurers (id),
    policy_no text not null,
    valid_from date not null,
    valid_to date,
    constraint patient_insurance_pkey primary key (patient_id, insurer_id, valid_from)
);

create table clinic.invoices (
    id bigserial primary key,
    invoice_no int not null default nextval('clinic.invoice_no_seq') unique,
    patient_id bigint not null references clinic.patients (id) on delete restrict,
    amount numeric(10,2) not null,
    issued_on date not null default current_date
);

create table reports.daily_stats (
    day date primary key,
    appointments int not null default 0,
    no_shows int not null default 0,
    revenue numeric(12,2) not null default 0
);

comment on schema reports is 'Nightly aggregates; safe to rebuild';
