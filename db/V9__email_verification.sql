-- Proven e-mail ownership (issue 7, items 1 and 2). An address counts for invitation-bound rights
-- only once its owner followed a link mailed to it: the verification link after sign-up, an
-- invitation link or a password-reset link. Accounts that exist already (seeded admins, demo
-- members, accounts made by answering an invitation) count as verified.
ALTER TABLE member ADD COLUMN email_verified BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE member SET email_verified = TRUE;

-- Single-use links mailed to a member: VERIFY_EMAIL and RESET_PASSWORD. Only the SHA-256 of the
-- token is stored (the raw token travels in the notification's secret and is wiped once sent). A
-- link counts for the address it was sent to, until it expires or is used.
CREATE TABLE member_link (
  id               VARCHAR(36)  NOT NULL,
  token_hash       VARCHAR(64)  NOT NULL,
  member_id        VARCHAR(36)  NOT NULL,
  purpose          VARCHAR(20)  NOT NULL,
  email_normalized VARCHAR(254) NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  expires_at       DATETIME(6)  NOT NULL,
  used_at          DATETIME(6),
  CONSTRAINT pk_member_link PRIMARY KEY (id),
  CONSTRAINT uk_member_link_hash UNIQUE (token_hash),
  CONSTRAINT fk_member_link_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE INDEX ix_member_link_member ON member_link (member_id, purpose);
