-- Revocable API tokens. Only the SHA-256 of a token is stored (hex, 64 characters): the token is
-- 256 random bits, so a fast hash is enough, and a stolen table gives nobody a usable token. Every
-- bearer request looks its token up by the unique key on the hash.
CREATE TABLE api_token (
  id          VARCHAR(36)  NOT NULL,
  token_hash  VARCHAR(64)  NOT NULL,
  member_id   VARCHAR(36)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  CONSTRAINT pk_api_token PRIMARY KEY (id),
  CONSTRAINT uk_api_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_api_token_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE INDEX ix_api_token_member ON api_token (member_id, expires_at);

-- Counts changes that end a member's sessions (password change, sign out everywhere). A page session
-- remembers the count it signed in with and ends at the first request that finds another one, on
-- whichever instance serves it.
ALTER TABLE member ADD COLUMN credentials_version BIGINT NOT NULL DEFAULT 0;
