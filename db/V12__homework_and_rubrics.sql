-- Homework (at most one per module: the unique key) and rubrics, reusable across a course's modules.
-- A rubric is a grid: levels (label and points, the columns) and criteria (the rows) with a
-- descriptor for each level; it is edited and read as a whole, so it is kept as one JSON document.
CREATE TABLE rubric (
  id         VARCHAR(36)  NOT NULL,
  course_id  VARCHAR(36)  NOT NULL,
  title      VARCHAR(200) NOT NULL,
  grid       TEXT         NOT NULL,
  created_at DATETIME(6)  NOT NULL,
  version    BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_rubric PRIMARY KEY (id),
  CONSTRAINT fk_rubric_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_rubric_course ON rubric (course_id);

CREATE TABLE homework (
  id              VARCHAR(36)  NOT NULL,
  module_id       VARCHAR(36)  NOT NULL,
  instructions    TEXT         NOT NULL,
  due_day         INT          NOT NULL,
  due_time        TIME         NOT NULL,
  expects_text    BOOLEAN      NOT NULL,
  expects_files   BOOLEAN      NOT NULL,
  file_types      VARCHAR(200),
  max_file_mb     INT          NOT NULL,
  rubric_id       VARCHAR(36),
  created_at      DATETIME(6)  NOT NULL,
  version         BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_homework PRIMARY KEY (id),
  CONSTRAINT uq_homework_module UNIQUE (module_id),
  CONSTRAINT fk_homework_module FOREIGN KEY (module_id) REFERENCES course_module (id),
  CONSTRAINT fk_homework_rubric FOREIGN KEY (rubric_id) REFERENCES rubric (id),
  CONSTRAINT ck_homework_expects CHECK (expects_text OR expects_files),
  CONSTRAINT ck_homework_day CHECK (due_day BETWEEN 0 AND 400),
  CONSTRAINT ck_homework_size CHECK (max_file_mb BETWEEN 1 AND 200)
);
