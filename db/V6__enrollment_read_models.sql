-- Enrollment read models and lifecycle.
-- A member a coordinator removed asks again only once a coordinator allows it (recorded in the
-- waitlist history as ALLOWED_TO_ASK_AGAIN); asking again uses the permission up.
ALTER TABLE enrollment ADD COLUMN may_ask_again BOOLEAN NOT NULL DEFAULT FALSE;
