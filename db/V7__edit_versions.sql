-- Edits of a cohort's settings carry the version the editor read, so a stale save is refused
-- instead of silently overwriting someone else's changes ("no lost edits").
-- The cohort row's own version column counts every write to the row, seat changes included;
-- an edit must not clash with people taking seats meanwhile, so edits get a counter of their own.
-- A course is written only by edits, so its row version (course.version) serves as its edit version.
ALTER TABLE cohort ADD COLUMN edit_version BIGINT NOT NULL DEFAULT 0;
