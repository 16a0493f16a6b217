-- Money actually returned (已追回) against a recovery (应退回, V80) after an upheld objection to a paid case:
-- one row per return (the day, the amount, the receipt or voucher number, who recorded it); partial returns are
-- allowed and the desk refuses a return that would take the sum of the returns not voided above the amount due.
-- A mistaken return is never changed or deleted: a row of recovery_return_void voids it with the reason.
-- The review of a recovery closes by itself when the returns not voided reach the amount due; the county
-- approver may close it earlier with a recorded reason (recovery_closure, one row, never removed).
CREATE TABLE recovery_return (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recovery_id     BIGINT         NOT NULL REFERENCES objection_recovery (id),
    returned_on     DATE           NOT NULL,
    amount          DECIMAL(14, 2) NOT NULL,
    voucher         VARCHAR(64)    NOT NULL,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recovery_return_amount CHECK (amount > 0),
    CONSTRAINT recovery_return_date CHECK (returned_on BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
);
CREATE INDEX recovery_return_recovery ON recovery_return (recovery_id);

CREATE TABLE recovery_return_void (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    return_id       BIGINT         NOT NULL REFERENCES recovery_return (id),
    reason          VARCHAR(500)   NOT NULL,
    voided_by       VARCHAR(64)    NOT NULL,
    voided_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recovery_return_void_once UNIQUE (return_id)
);

CREATE TABLE recovery_closure (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recovery_id     BIGINT         NOT NULL REFERENCES objection_recovery (id),
    reason          VARCHAR(500)   NOT NULL,
    closed_on       DATE           NOT NULL,
    closed_by       VARCHAR(64)    NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT recovery_closure_once UNIQUE (recovery_id)
);
