-- A course's rule for members at risk on the cohort dashboard and its reminders: this many absences
-- or this many homework past due and not handed in. A course without a row uses the defaults in the
-- columns. At least one of each: a threshold of zero would put everyone at risk.
CREATE TABLE risk_rule (
  course_id        VARCHAR(36) NOT NULL,
  absences         INT         NOT NULL DEFAULT 2,
  missing_homework INT         NOT NULL DEFAULT 2,
  version          BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_risk_rule PRIMARY KEY (course_id),
  CONSTRAINT fk_risk_rule_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT ck_risk_rule CHECK (absences BETWEEN 1 AND 100 AND missing_homework BETWEEN 1 AND 100)
);
