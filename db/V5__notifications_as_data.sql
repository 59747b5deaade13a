-- Notifications as data (issue 6, item 4): a notification stores its kind and named parameters and
-- is rendered from templates in the recipient's language when shown or sent. subject and body stay
-- only for rows written before this migration (shown as they were written); new rows leave them null.

-- A member's language for notifications and pages ('en' or 'es').
ALTER TABLE member ADD COLUMN language VARCHAR(8) NOT NULL DEFAULT 'en';

ALTER TABLE notification MODIFY subject VARCHAR(300) NULL;
ALTER TABLE notification MODIFY body VARCHAR(8000) NULL;
-- Named parameters, one "name=value" a line (see notification.entity.Params).
ALTER TABLE notification ADD COLUMN params VARCHAR(4000) NOT NULL DEFAULT '';
-- A one-time secret only the relay reads (the raw invitation token), wiped once the mail is sent.
-- No view, page or API shows it.
ALTER TABLE notification ADD COLUMN secret VARCHAR(200);
-- How the recipient wants it: EMAIL (at once), DIGEST (in the daily digest) or IN_APP (never mailed).
ALTER TABLE notification ADD COLUMN delivery VARCHAR(10) NOT NULL DEFAULT 'EMAIL';
ALTER TABLE notification ADD COLUMN read_at DATETIME(6);
-- Set when the relay gave up; a coordinator's retry clears it and starts a new retry window.
ALTER TABLE notification ADD COLUMN failed_at DATETIME(6);
ALTER TABLE notification ADD COLUMN retry_from DATETIME(6);
-- Digest notices point at the digest that carried them; a digest row holds its local day. One
-- digest per member and day: the unique key is the claim that several instances race for.
ALTER TABLE notification ADD COLUMN digest_id VARCHAR(36);
ALTER TABLE notification ADD COLUMN digest_day DATE;

-- Before this migration the relay gave up after 8 tries.
UPDATE notification SET failed_at = created_at WHERE sent_at IS NULL AND attempts >= 8;
-- Old invitation texts held the raw link token: keep it only where the mail is still to be sent, in
-- the secret column, and take it out of every text.
UPDATE notification SET secret = SUBSTRING(REGEXP_SUBSTR(body, 'token=[A-Za-z0-9_-]+'), 7)
  WHERE kind = 'INVITATION' AND sent_at IS NULL AND body IS NOT NULL;
UPDATE notification SET body = REGEXP_REPLACE(body, 'token=[A-Za-z0-9_-]+', 'token={secret}')
  WHERE kind = 'INVITATION' AND body IS NOT NULL;

CREATE UNIQUE INDEX uk_notification_digest ON notification (recipient_id, digest_day);
CREATE INDEX ix_notification_unread ON notification (recipient_id, read_at);
CREATE INDEX ix_notification_digest_items ON notification (digest_id);

-- Per member and kind of notice: EMAIL, DIGEST or IN_APP. No row means EMAIL.
CREATE TABLE notification_preference (
  member_id VARCHAR(36) NOT NULL,
  kind      VARCHAR(40) NOT NULL,
  delivery  VARCHAR(10) NOT NULL,
  CONSTRAINT pk_notification_preference PRIMARY KEY (member_id, kind),
  CONSTRAINT fk_notification_preference_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);
