-- Roles as duties (ADR 0034): a user holds one or more of 经办人 CLERK, 乡镇审核人 TOWNSHIP_REVIEWER,
-- 县级审批人 COUNTY_APPROVER, 拨付经办人 PAYOUT_CLERK, 系统管理员 ADMINISTRATOR. Existing users keep what they
-- could do before: a clerk entered; a reviewer entered, reviewed, approved and paid; an administrator did all
-- that and managed users. Payout by a clerk was never a duty (it was unchecked), so clerks do not get it.
-- Separation of duties on each case is checked by the services whatever roles a user holds.

CREATE TABLE app_user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id),
    role    VARCHAR(24) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT app_user_role_name CHECK (role IN ('CLERK', 'TOWNSHIP_REVIEWER', 'COUNTY_APPROVER', 'PAYOUT_CLERK', 'ADMINISTRATOR'))
);

INSERT INTO app_user_role (user_id, role) SELECT id, 'CLERK' FROM app_user;
INSERT INTO app_user_role (user_id, role) SELECT id, 'TOWNSHIP_REVIEWER' FROM app_user WHERE role IN ('REVIEWER', 'ADMINISTRATOR');
INSERT INTO app_user_role (user_id, role) SELECT id, 'COUNTY_APPROVER' FROM app_user WHERE role IN ('REVIEWER', 'ADMINISTRATOR');
INSERT INTO app_user_role (user_id, role) SELECT id, 'PAYOUT_CLERK' FROM app_user WHERE role IN ('REVIEWER', 'ADMINISTRATOR');
INSERT INTO app_user_role (user_id, role) SELECT id, 'ADMINISTRATOR' FROM app_user WHERE role = 'ADMINISTRATOR';

ALTER TABLE app_user DROP CONSTRAINT user_role;
ALTER TABLE app_user DROP COLUMN role;
