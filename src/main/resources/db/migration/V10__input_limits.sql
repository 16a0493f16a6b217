-- The store enforces the desk's one table of input limits (ADR 0029, org.medaid.model.Limits): amounts
-- 0 to 99,999,999.99, dates 1900-01-01 to 2099-12-31, years 1900 to 2099. Text lengths are the columns'
-- own (VARCHAR(n)); LimitsSchemaTest compares both with the table in the code.

ALTER TABLE person ADD CONSTRAINT person_limits CHECK (
    birth_date BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
    AND enrolment_year BETWEEN 1900 AND 2099);

ALTER TABLE person_category ADD CONSTRAINT category_limits CHECK (
    from_date BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
    AND (to_date IS NULL OR to_date BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'));

ALTER TABLE bill ADD CONSTRAINT bill_limits CHECK (
    (admitted IS NULL OR admitted BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
    AND (discharged IS NULL OR discharged BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
    AND total BETWEEN 0 AND 99999999.99
    AND out_of_catalog BETWEEN 0 AND 99999999.99
    AND class_b_self_pay BETWEEN 0 AND 99999999.99
    AND over_limit BETWEEN 0 AND 99999999.99
    AND (basic IS NULL OR basic BETWEEN 0 AND 99999999.99)
    AND (critical_illness IS NULL OR critical_illness BETWEEN 0 AND 99999999.99)
    AND (tilt_approved IS NULL OR tilt_approved BETWEEN 0 AND 99999999.99));

ALTER TABLE application ADD CONSTRAINT application_limits CHECK (
    applied_on BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
    AND (household_income IS NULL OR household_income BETWEEN 0 AND 99999999.99)
    AND requested_amount BETWEEN 0 AND 99999999.99
    AND (approved_amount IS NULL OR approved_amount BETWEEN 0 AND 99999999.99));

ALTER TABLE application_bill ADD CONSTRAINT application_bill_limits CHECK (
    total BETWEEN 0 AND 99999999.99 AND compliant BETWEEN 0 AND 99999999.99 AND basic BETWEEN 0 AND 99999999.99
    AND critical_illness BETWEEN 0 AND 99999999.99 AND assistance BETWEEN 0 AND 99999999.99
    AND re_assistance BETWEEN 0 AND 99999999.99 AND other_relief BETWEEN 0 AND 99999999.99
    AND self_pay BETWEEN 0 AND 99999999.99);
