-- Ordering keys for "newest first" lists come from the database, so that every instance draws
-- from one counter whatever its own clock says. Rows written before this migration carry
-- microseconds since 1970 (below 4e15 until the year 2096); the sequence starts above them.
CREATE SEQUENCE write_order START WITH 4000000000000000 INCREMENT BY 1;

ALTER TABLE waitlist_event ALTER COLUMN seq SET DEFAULT (NEXT VALUE FOR write_order);
ALTER TABLE notification ALTER COLUMN seq SET DEFAULT (NEXT VALUE FOR write_order);
