-- The files handed in with a version of a member's homework. A new version starts with the files
-- of the one before; a file stays stored while any version refers to it (stored_file.claimed).
CREATE TABLE submission_file (
  submission_id VARCHAR(36) NOT NULL,
  file_id       VARCHAR(36) NOT NULL,
  position      INT         NOT NULL,
  CONSTRAINT pk_submission_file PRIMARY KEY (submission_id, file_id),
  CONSTRAINT fk_submission_file_submission FOREIGN KEY (submission_id) REFERENCES submission (id)
    ON DELETE CASCADE,
  CONSTRAINT fk_submission_file_file FOREIGN KEY (file_id) REFERENCES stored_file (id)
);
CREATE INDEX ix_submission_file_file ON submission_file (file_id);
