-- A tamper-evident audit trail (ADR 0035). Every audit row carries the hash of the row before it and its own
-- hash over that and its content; the chain is made by the trigger of V42 (org.medaid.store.AuditGuard), so no
-- code path can insert an unchained row. Rows already present are sealed in id order by V41 (a Java migration,
-- org.medaid.store.AuditChainMigration) before the trigger exists.

ALTER TABLE audit ADD COLUMN prev_hash CHAR(64);
ALTER TABLE audit ADD COLUMN row_hash CHAR(64);

-- One row: the newest hash of the chain. The insert trigger locks it (SELECT ... FOR UPDATE), so two
-- transactions cannot both chain onto the same row. guard_id stays NULL: its foreign key makes H2 refuse
-- TRUNCATE TABLE audit, which fires no row trigger.
CREATE TABLE audit_head (
    id       INT      PRIMARY KEY,
    tip_hash CHAR(64) NOT NULL,
    rows     BIGINT   NOT NULL,
    guard_id BIGINT   REFERENCES audit (id),
    CONSTRAINT audit_head_one CHECK (id = 1)
);

INSERT INTO audit_head (id, tip_hash, rows) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000', 0);
