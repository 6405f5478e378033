insert into clinic.patients (id, mrn, first_name, last_name, birth_date, phone, email) values
    (1, 'MRN-000101', 'Olivia', 'Brown', '1984-02-29', '+44 20 7946 0018', 'olivia@example.com'),
    (2, 'MRN-000102', 'Noah', 'Schmidt', '2001-11-05', null, null),
    (3, 'MRN-000103', 'Aiko', 'Tanaka', '1975-07-19', '+81 3 1234 5678', null);

insert into clinic.practitioners (id, full_name, specialty, license_no) values
    (1, 'Dr. Rivera', 'general', '440012'),
    (2, 'Dr. Okafor', 'dermatology', '00981234');

insert into clinic.rooms (id, label, floor) values (1, 'A-101', 1), (2, 'B-204', 2);

insert into clinic.appointments (id, patient_id, practitioner_id, room_id, slot, status) values
    (1, 1, 1, 1, '[2024-09-02 09:00+00, 2024-09-02 09:30+00)', 'completed'),
    (2, 2, 1, 1, '[2024-09-02 09:30+00, 2024-09-02 10:00+00)', 'no_show'),
    (3, 3, 1, 1, '[2024-09-02 09:15+00, 2024-09-02 09:45+00)', 'cancelled'),
    (4, 3, 2, 2, '[2024-09-02 09:00+00, 2024-09-02 09:20+00)', 'booked');

insert into clinic.visits (id, appointment_id, notes, diagnosis_code) values
    (1, 1, 'Routine check, all fine', 'Z00.00');

insert into clinic.medications (id, name, form, discontinued) values
    (1, 'Ibuprofen', 'tablet', false),
    (2, 'ibuprofen', 'gel', false),
    (3, 'Ranitidine', 'tablet', true);

insert into clinic.prescriptions (visit_id, medication_id, dose_mg, times_per_day) values
    (1, 1, 400.00, 3),
    (1, 2, 9500.50, 2);

insert into clinic.allergies (id, substance) values (1, 'penicillin'), (2, 'peanuts');

insert into clinic.patient_allergies (patient_id, allergy_id, severity) values
    (1, 1, 'severe'),
    (3, 2, 'mild');

insert into clinic.insurers (id, name, payer_code) values (1, 'HealthFirst', 'HF01'), (2, 'CareWell', 'CW');

insert into clinic.patient_insurance (patient_id, insurer_id, policy_no, valid_from, valid_to) values
    (1, 1, 'HF-7788', '2023-01-01', '2023-12-31'),
    (1, 1, 'HF-7788-B', '2024-01-01', null),
    (2, 2, 'CW-1', '2024-03-01', null);

insert into clinic.invoices (invoice_no, patient_id, amount, issued_on) values
    (1001, 1, 85.00, '2024-09-02'),
    (1002, 2, 25.00, '2024-09-03');
