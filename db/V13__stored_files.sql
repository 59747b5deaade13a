-- Uploaded files. The bytes live in the file storage directory under the row's id; the row keeps
-- what the upload measured (size, SHA-256, the type read from the content) so that every download
-- can be checked against it. A file nothing refers to (claimed = false) is removed by the cleanup
-- once it is a day old.
CREATE TABLE stored_file (
  id         VARCHAR(36)  NOT NULL,
  file_name  VARCHAR(255) NOT NULL,
  media_type VARCHAR(120) NOT NULL,
  size_bytes BIGINT       NOT NULL,
  sha256     CHAR(64)     NOT NULL,
  owner_id   VARCHAR(36)  NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  claimed    BOOLEAN      NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_stored_file PRIMARY KEY (id),
  CONSTRAINT fk_stored_file_owner FOREIGN KEY (owner_id) REFERENCES member (id),
  CONSTRAINT ck_stored_file_size CHECK (size_bytes >= 0)
);
CREATE INDEX ix_stored_file_unclaimed ON stored_file (claimed, created_at);
