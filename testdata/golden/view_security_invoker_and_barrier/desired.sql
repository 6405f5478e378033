-- View options: security_invoker (PG15+), security_barrier, set with WITH (...) and ALTER VIEW.
create table payroll (
    id serial primary key,
    employee text not null,
    salary numeric(12,2) not null,
    department text
);

create view payroll_public with (security_invoker = true) as
  select id, employee, department from payroll;

create view payroll_barrier with (security_barrier) as
  select id, employee from payroll where department = 'sales';

create view payroll_both with (security_invoker = on, security_barrier = true) as
  select employee from payroll;

create view payroll_plain as select id, employee from payroll;
alter view payroll_plain set (security_invoker = true);

create view payroll_reset with (security_invoker) as select id from payroll;
alter view payroll_reset reset (security_invoker);
