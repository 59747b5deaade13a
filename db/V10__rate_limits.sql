-- Abuse limits: one token bucket per limit and client (address, account or link), shared by every
-- instance. The key is a SHA-256 of the limit's name and the client, so neither addresses nor
-- e-mails are stored; a row whose bucket would be full again by expires_at may be deleted.
CREATE TABLE rate_limit_bucket (
  bucket_key VARCHAR(64)    NOT NULL,
  state      VARBINARY(512),
  expires_at DATETIME(6)    NOT NULL,
  CONSTRAINT pk_rate_limit_bucket PRIMARY KEY (bucket_key)
);

CREATE INDEX ix_rate_limit_bucket_expires ON rate_limit_bucket (expires_at);

-- The hard lockout is gone: failed sign-ins are throttled through the buckets above instead.
ALTER TABLE member DROP COLUMN failed_sign_ins;
ALTER TABLE member DROP COLUMN locked_until;
