-- The application procedure from the policy (ADR 0038, POLICY-NOTES §8). A notice before approval is a county
-- setting (off by default) whose length the county chooses: each notice keeps the working days it was posted
-- for, so a recomputation after a calendar change (ADR 0037) counts the same days. NULL: posted before this
-- column, when every notice lasted 5 working days.
ALTER TABLE application ADD COLUMN publicity_days INT;
