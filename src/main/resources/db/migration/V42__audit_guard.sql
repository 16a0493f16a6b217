-- The audit table refuses UPDATE and DELETE at the database level, and chains every new row (ADR 0035).
-- The trigger class lives in org.medaid.store; the desk connects as a user that cannot drop it (ADR 0033).

-- prev_hash and row_hash stay nullable: H2 checks NOT NULL before a BEFORE trigger fills them in; the
-- verification (AuditChain) counts a row without a hash as broken.
CREATE TRIGGER audit_chain BEFORE INSERT ON audit FOR EACH ROW CALL 'org.medaid.store.AuditGuard';
CREATE TRIGGER audit_no_change BEFORE UPDATE, DELETE ON audit FOR EACH ROW CALL 'org.medaid.store.AuditGuard';
