-- How a course counts a module's homework towards completion: once SUBMITTED, or only once
-- ACCEPTED (feedback released). A course without a row counts submitted homework.
CREATE TABLE course_learning (
  course_id           VARCHAR(36) NOT NULL,
  homework_completion VARCHAR(12) NOT NULL,
  version             BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_course_learning PRIMARY KEY (course_id),
  CONSTRAINT fk_course_learning_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT ck_course_learning_rule CHECK (homework_completion IN ('SUBMITTED', 'ACCEPTED'))
);

-- A member's homework in a cohort, one row per version. The newest row is the one that moves:
-- DRAFT (the educator writes; autosaved) -> SUBMITTED (waiting for its reviewer) ->
-- REVISION_REQUESTED or ACCEPTED (reviewed; the educator sees it once released_at is set). After a
-- released revision request the next version starts as a new DRAFT; earlier rows never change.
CREATE TABLE submission (
  id             VARCHAR(36)  NOT NULL,
  homework_id    VARCHAR(36)  NOT NULL,
  module_id      VARCHAR(36)  NOT NULL,
  cohort_id      VARCHAR(36)  NOT NULL,
  member_id      VARCHAR(36)  NOT NULL,
  number         INT          NOT NULL,
  state          VARCHAR(20)  NOT NULL,
  body           TEXT,
  draft_saved_at DATETIME(6),
  submitted_at   DATETIME(6),
  late           BOOLEAN      NOT NULL DEFAULT FALSE,
  reviewer_id    VARCHAR(36),
  scores         TEXT,
  feedback       TEXT,
  reviewed_at    DATETIME(6),
  released_at    DATETIME(6),
  created_at     DATETIME(6)  NOT NULL,
  version        BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_submission PRIMARY KEY (id),
  CONSTRAINT uq_submission_version UNIQUE (homework_id, cohort_id, member_id, number),
  CONSTRAINT fk_submission_homework FOREIGN KEY (homework_id) REFERENCES homework (id),
  CONSTRAINT fk_submission_module FOREIGN KEY (module_id) REFERENCES course_module (id),
  CONSTRAINT fk_submission_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_submission_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT fk_submission_reviewer FOREIGN KEY (reviewer_id) REFERENCES member (id),
  CONSTRAINT ck_submission_state
    CHECK (state IN ('DRAFT', 'SUBMITTED', 'REVISION_REQUESTED', 'ACCEPTED')),
  CONSTRAINT ck_submission_number CHECK (number >= 1),
  CONSTRAINT ck_submission_submitted CHECK (state = 'DRAFT' OR submitted_at IS NOT NULL),
  CONSTRAINT ck_submission_released CHECK (released_at IS NULL OR reviewed_at IS NOT NULL)
);
CREATE INDEX ix_submission_queue ON submission (cohort_id, state, submitted_at);
CREATE INDEX ix_submission_member ON submission (member_id, cohort_id);
CREATE INDEX ix_submission_reviewer ON submission (reviewer_id, state);
