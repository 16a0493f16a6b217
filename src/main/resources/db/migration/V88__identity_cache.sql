-- Identity values of the three tables an import writes by the hundred thousand are reserved 1,000 at a time
-- (H2's default is 32). H2 writes a sequence's reservation to the file as a commit of its own, and this store's
-- commits are forced to the device (ADR 0028): at 32 an import of 100,000 new people made about 9,000 such
-- writes, half of its commit time (issue 12, ADR 0104). Values are still never reused: after a crash the next
-- value starts past the reservation, so ids may skip (as after a rollback today); nothing reads them as a count
-- (the audit chain links rows by hash in id order, ADR 0035).
ALTER TABLE person ALTER COLUMN id SET CACHE 1000;
ALTER TABLE person_category ALTER COLUMN id SET CACHE 1000;
ALTER TABLE audit ALTER COLUMN id SET CACHE 1000;
