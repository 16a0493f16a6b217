-- The working-day calendar a stored 公示 end was computed with (ADR 0037). When the calendar changes
-- (a county adds the next year's holidays, a corrected program ships) before the notice has ended, the end
-- is computed again; a NULL comes from before the calendar existed and counts as a change.
ALTER TABLE application ADD COLUMN publicity_calendar VARCHAR(200);
