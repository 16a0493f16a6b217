-- A case sent back to 乡镇审核 does not keep its approved amount (ADR 0064): the approval it held (day, granted
-- amount, the calculator's figure, the approver's reason) is cleared from the application and kept here, on the
-- figures change that sent it back, so the case shows the old amounts beside the new ones and nobody approves or
-- pays an amount nobody reviewed. Null when the case was not approved when it went back.
ALTER TABLE application_figures_change ADD COLUMN granted_on DATE;
ALTER TABLE application_figures_change ADD COLUMN granted_amount DECIMAL(14,2);
ALTER TABLE application_figures_change ADD COLUMN granted_computed DECIMAL(14,2);
ALTER TABLE application_figures_change ADD COLUMN granted_reason VARCHAR(500);
