-- Attendance of live sessions. One record per session and member (the key keeps a check-in and a
-- roll call, or two instances, from counting anyone twice); every change leaves a history row with
-- who changed it, when, and what it was before.
CREATE TABLE attendance_record (
  session_id  VARCHAR(36)  NOT NULL,
  member_id   VARCHAR(36)  NOT NULL,
  status      VARCHAR(8)   NOT NULL,
  note        VARCHAR(500),
  source      VARCHAR(10)  NOT NULL,
  recorded_by VARCHAR(36)  NOT NULL,
  recorded_at DATETIME(6)  NOT NULL,
  version     BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_attendance_record PRIMARY KEY (session_id, member_id),
  CONSTRAINT fk_attendance_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_attendance_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_attendance_status CHECK (status IN ('PRESENT', 'LATE', 'ABSENT', 'EXCUSED')),
  CONSTRAINT ck_attendance_source CHECK (source IN ('ROLL_CALL', 'CHECK_IN', 'IMPORT', 'EXCUSE'))
);
CREATE INDEX ix_attendance_member ON attendance_record (member_id);

CREATE TABLE attendance_change (
  id              VARCHAR(36)  NOT NULL,
  session_id      VARCHAR(36)  NOT NULL,
  member_id       VARCHAR(36)  NOT NULL,
  previous_status VARCHAR(8),
  previous_note   VARCHAR(500),
  status          VARCHAR(8)   NOT NULL,
  note            VARCHAR(500),
  source          VARCHAR(10)  NOT NULL,
  changed_by      VARCHAR(36)  NOT NULL,
  changed_at      DATETIME(6)  NOT NULL,
  CONSTRAINT pk_attendance_change PRIMARY KEY (id),
  CONSTRAINT fk_attendance_change_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_attendance_change_member FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX ix_attendance_change_record ON attendance_change (session_id, member_id, changed_at);

-- Self check-in codes. A code belongs to one session for ever (the unique key): rotating it retires
-- the old one, so a code seen in one session never opens another.
CREATE TABLE check_in_code (
  code       VARCHAR(12) NOT NULL,
  session_id VARCHAR(36) NOT NULL,
  active     BOOLEAN     NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_check_in_code PRIMARY KEY (code),
  CONSTRAINT fk_check_in_code_session FOREIGN KEY (session_id) REFERENCES live_session (id)
);
CREATE INDEX ix_check_in_code_session ON check_in_code (session_id, active);

-- An educator's request to be excused from a session, asked before it starts; one per session.
CREATE TABLE absence_request (
  id           VARCHAR(36)  NOT NULL,
  session_id   VARCHAR(36)  NOT NULL,
  member_id    VARCHAR(36)  NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  state        VARCHAR(8)   NOT NULL,
  requested_at DATETIME(6)  NOT NULL,
  decided_by   VARCHAR(36),
  decided_at   DATETIME(6),
  version      BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_absence_request PRIMARY KEY (id),
  CONSTRAINT uq_absence_request UNIQUE (session_id, member_id),
  CONSTRAINT fk_absence_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_absence_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_absence_state CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED'))
);

-- A course's attendance rules: weights of the statuses in the rate (excused counts in neither the
-- numerator nor the denominator), minutes after the start from which a check-in is late, and the
-- import thresholds. A course without a row uses the defaults in the columns.
CREATE TABLE attendance_policy (
  course_id          VARCHAR(36)  NOT NULL,
  present_weight     DECIMAL(4,3) NOT NULL DEFAULT 1.000,
  late_weight        DECIMAL(4,3) NOT NULL DEFAULT 0.800,
  absent_weight      DECIMAL(4,3) NOT NULL DEFAULT 0.000,
  late_after_minutes INT          NOT NULL DEFAULT 10,
  minimum_minutes    INT          NOT NULL DEFAULT 30,
  version            BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_attendance_policy PRIMARY KEY (course_id),
  CONSTRAINT fk_attendance_policy_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT ck_attendance_weights CHECK (present_weight BETWEEN 0 AND 1 AND late_weight BETWEEN 0
    AND 1 AND absent_weight BETWEEN 0 AND 1),
  CONSTRAINT ck_attendance_minutes CHECK (late_after_minutes BETWEEN 0 AND 600
    AND minimum_minutes BETWEEN 0 AND 600)
);

-- A participant report uploaded for a session and not yet applied, with the zone its wall-clock
-- times are in: the preview reads it, applying deletes it, and an upload clears those older than a
-- day.
CREATE TABLE attendance_import (
  id          VARCHAR(36)  NOT NULL,
  session_id  VARCHAR(36)  NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  time_zone   VARCHAR(64)  NOT NULL,
  content     LONGBLOB     NOT NULL,
  uploaded_by VARCHAR(36)  NOT NULL,
  uploaded_at DATETIME(6)  NOT NULL,
  CONSTRAINT pk_attendance_import PRIMARY KEY (id),
  CONSTRAINT fk_attendance_import_session FOREIGN KEY (session_id) REFERENCES live_session (id)
);
