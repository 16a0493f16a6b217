-- Watch lists (监测预警). What the desk records of a household for the rules that look at the
-- family: the annual disposable income and total assets (潮医保〔2021〕48号 二.8), with the date and source of the
-- figures, and whether it is an ordinary rural household (普通农户, 广西通知 三(四)). Kept on the household head
-- (or the person who has none). Never updated nor deleted: a new record supersedes the older ones of the year;
-- a wrong one is voided with a reason.
CREATE TABLE household_fact (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    person_id      BIGINT         NOT NULL REFERENCES person (id),
    fact_year      INT            NOT NULL,
    annual_income  DECIMAL(12, 2),
    total_assets   DECIMAL(12, 2),
    rural          BOOLEAN,
    recorded_on    DATE           NOT NULL,
    source         VARCHAR(200)   NOT NULL,
    entered_by     VARCHAR(64)    NOT NULL,
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    voided         BOOLEAN        DEFAULT FALSE NOT NULL,
    void_reason    VARCHAR(200),
    CONSTRAINT household_fact_limits CHECK (
        fact_year BETWEEN 1900 AND 2099
        AND recorded_on BETWEEN DATE '1900-01-01' AND DATE '2099-12-31'
        AND (annual_income IS NULL OR annual_income BETWEEN 0 AND 99999999.99)
        AND (total_assets IS NULL OR total_assets BETWEEN 0 AND 99999999.99)),
    CONSTRAINT household_fact_void_reason CHECK (NOT voided OR void_reason IS NOT NULL)
);
CREATE INDEX household_fact_person ON household_fact (person_id, fact_year);

-- What was done about a person on a watch list: applied (申请已受理), reviewed (已核查), not needed (无需救助),
-- who and when, with a note. Appended only; the latest row of a person, rule and year is the current one.
CREATE TABLE watch_action (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule           VARCHAR(32)    NOT NULL,
    person_id      BIGINT         NOT NULL REFERENCES person (id),
    watch_year     INT            NOT NULL,
    action         VARCHAR(16)    NOT NULL,
    acted_on       DATE           NOT NULL,
    acted_by       VARCHAR(64)    NOT NULL,
    note           VARCHAR(500),
    entered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT watch_action_kind CHECK (action IN ('APPLIED', 'REVIEWED', 'NOT_NEEDED')),
    CONSTRAINT watch_action_limits CHECK (
        watch_year BETWEEN 1900 AND 2099 AND acted_on BETWEEN DATE '1900-01-01' AND DATE '2099-12-31')
);
CREATE INDEX watch_action_person ON watch_action (person_id, rule, watch_year);
