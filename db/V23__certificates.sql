-- Certificates of completion. Only what cannot be read again later is kept: who earned it in which
-- cohort, when, and the random code that verifies it; the name, course, dates and hours are read
-- from their tables when the certificate is shown. One per member and cohort (the unique key keeps
-- two requests, or two instances, from issuing twice).
CREATE TABLE certificate (
  code      VARCHAR(16) NOT NULL,
  cohort_id VARCHAR(36) NOT NULL,
  member_id VARCHAR(36) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_certificate PRIMARY KEY (code),
  CONSTRAINT uq_certificate_member UNIQUE (cohort_id, member_id),
  CONSTRAINT fk_certificate_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_certificate_member FOREIGN KEY (member_id) REFERENCES member (id)
);
