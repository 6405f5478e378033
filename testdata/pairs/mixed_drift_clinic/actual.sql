-- prod: several hotfixes applied by hand, some migrations never ran
create schema clinic;

create type clinic.allergy_severity as enum ('mild', 'moderate', 'severe');

create table clinic.patients (
    id bigserial primary key,
    mrn varchar(12) not null,
    first_name text not null,
    last_name text not null,
    birth_date date,
    phone varchar(20),
    email text
);

create index patients_last_name_idx on clinic.patients (last_name, first_name);

create table clinic.practitioners (
    id serial primary key,
    full_name text not null,
    specialty text not null default 'general',
    license_no text not null unique
);

create table clinic.rooms (
    id serial primary key,
    label text not null unique,
    floor int default 0
);

create table clinic.appointments (
    id bigserial primary key,
    patient_id bigint not null references clinic.patients (id),
    practitioner_id int not null references clinic.practitioners (id),
    room_id int references clinic.rooms (id),
    slot tstzrange not null,
    status text default 'booked'
);

create index appointments_patient_idx on clinic.appointments (patient_id);

create table clinic.visits (
    id bigserial primary key,
    appointment_id bigint not null unique references clinic.appointments (id),
    notes text,
    diagnosis_code varchar(10)
);

create table clinic.medications (
    id serial primary key,
    name text not null,
    form text not null,
    discontinued boolean not null default false
);

create table clinic.prescriptions (
    id bigserial primary key,
    visit_id bigint not null references clinic.visits (id) on delete cascade,
    medication_id int not null references clinic.medications (id),
    dose_mg numeric(6,2) not null check (dose_mg > 0),
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
    payer_code varchar(8) not null,
    constraint insurers_payer_code_upper check (payer_code = upper(payer_code))
);

create table clinic.patient_insurance (
    patient_id bigint not null references clinic.patients (id) on delete cascade,
    insurer_id int not null references clinic.insurers (id),
    policy_no text not null,
    valid_from date not null,
    valid_to date
);

create table clinic.invoices (
    id bigserial primary key,
    invoice_no int not null unique,
    patient_id bigint not null references clinic.patients (id) on delete cascade,
    amount numeric(10,2) not null,
    issued_on date not null default current_date
);
