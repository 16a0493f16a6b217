-- Objections raised during a notice before approval (公示异议, POLICY-NOTES §8): who raised it, on which day,
-- what it says, who recorded it; then the check made, the outcome (upheld: the case ends as 不予救助 with the
-- reason; dismissed: approval may go on), who decided and when. An open objection holds the case at 公示:
-- approval is refused until it is resolved. Never deleted; resolved once.
CREATE TABLE publicity_objection (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    application_id  BIGINT         NOT NULL REFERENCES application (id),
    raised_by       VARCHAR(100)   NOT NULL,
    raised_on       DATE           NOT NULL,
    content         VARCHAR(500)   NOT NULL,
    recorded_by     VARCHAR(64)    NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    check_made      VARCHAR(500),
    outcome         VARCHAR(16),
    resolved_on     DATE,
    resolved_by     VARCHAR(64),
    resolved_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT publicity_objection_outcome CHECK (outcome IS NULL OR outcome IN ('UPHELD', 'DISMISSED')),
    CONSTRAINT publicity_objection_resolved CHECK ((outcome IS NULL AND resolved_on IS NULL AND resolved_by IS NULL
        AND check_made IS NULL) OR (outcome IS NOT NULL AND resolved_on IS NOT NULL AND resolved_by IS NOT NULL
        AND check_made IS NOT NULL)),
    CONSTRAINT publicity_objection_dates CHECK (raised_on BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
        AND (resolved_on IS NULL OR resolved_on >= raised_on))
);
CREATE INDEX publicity_objection_application ON publicity_objection (application_id);
