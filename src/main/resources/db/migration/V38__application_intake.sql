-- How a written application was received (issue 15 item 4, ADR 0051; 邵医保发〔2021〕32号 二(八)): the type of
-- application and its documents (received and missing, as JSON lists of the policy's words), the urgent mark
-- (特事特办) that puts the case first in every queue, and the 不予救助 notice: when and how the applicant was told.
-- One row per application; changes are audited; nothing is deleted.

CREATE TABLE application_intake (
    application_id BIGINT       PRIMARY KEY REFERENCES application (id),
    version        BIGINT       NOT NULL,
    policy_id      VARCHAR(40),
    type_id        VARCHAR(40),
    received       CHARACTER LARGE OBJECT NOT NULL,
    missing        CHARACTER LARGE OBJECT NOT NULL,
    urgent         BOOLEAN      DEFAULT FALSE NOT NULL,
    urgent_reason  VARCHAR(200),
    told_on        DATE,
    told_how       VARCHAR(40),
    updated_by     VARCHAR(64)  NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_urgent_reason CHECK (NOT urgent OR urgent_reason IS NOT NULL),
    CONSTRAINT intake_told CHECK ((told_on IS NULL) = (told_how IS NULL))
);

CREATE INDEX application_intake_urgent ON application_intake (urgent, application_id);
