-- An objection to the quarterly village notice of cases already paid (POLICY-NOTES §8), upheld by the county:
-- the case is under review for the reason given, and the amount to be recovered (追回, 应退回) is recorded here,
-- in the transaction that upholds the objection. The paid application, its payout and its settlements are not
-- changed. One row per upheld objection; never deleted. The amount is the paid amount or, with a reason, less.
CREATE TABLE objection_recovery (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    objection_id    BIGINT         NOT NULL REFERENCES publicity_objection (id),
    application_id  BIGINT         NOT NULL REFERENCES application (id),
    review_reason   VARCHAR(1100)  NOT NULL,
    paid_amount     DECIMAL(14, 2) NOT NULL,
    amount_due      DECIMAL(14, 2) NOT NULL,
    amount_reason   VARCHAR(500),
    recorded_on     DATE           NOT NULL,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT objection_recovery_once UNIQUE (objection_id),
    CONSTRAINT objection_recovery_amount CHECK (amount_due > 0 AND amount_due <= paid_amount),
    CONSTRAINT objection_recovery_reason CHECK (amount_due = paid_amount OR amount_reason IS NOT NULL)
);
CREATE INDEX objection_recovery_application ON objection_recovery (application_id);
