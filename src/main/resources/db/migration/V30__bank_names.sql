-- The bank's name is stored with the account (开户银行, e.g. 农村信用社 or 中国邮政储蓄银行 X 支行)
-- and printed on the payout list. The application keeps the name with the account fixed at approval (ADR 0034).
ALTER TABLE person ADD COLUMN bank_name VARCHAR(60);
ALTER TABLE application ADD COLUMN bank_name VARCHAR(60);
