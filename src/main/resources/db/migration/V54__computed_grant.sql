-- The approval's granted amount comes from the calculator (ADR 0056): the figure the calculator gave when the case was
-- approved, and the approver's reason when the granted amount differs from it (an override, audited with the step).
-- Cases approved before this version have neither: their amount was typed.
ALTER TABLE application ADD COLUMN computed_amount DECIMAL(14,2);
ALTER TABLE application ADD COLUMN grant_reason VARCHAR(500);
ALTER TABLE application ADD CONSTRAINT application_computed_amount CHECK (computed_amount IS NULL
    OR computed_amount BETWEEN 0 AND 99999999.99);
