-- Audit values (the JSON of a record before and after, V1/V40) up to 2,048 bytes are kept in the audit row itself,
-- not as separate LOBs (H2's default keeps only 256 bytes in place). A person's JSON is about 330 bytes: before,
-- every person's audit row made one or two LOBs, which a list import of 100,000 people paid for in writing and
-- again in the chain trigger reading them back (ADR 0076). Larger values are still stored as LOBs. Persistent.
SET MAX_LENGTH_INPLACE_LOB 2048;
