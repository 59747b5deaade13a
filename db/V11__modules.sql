-- Course modules (usually one a week), their content items, and each member's progress through the
-- items in a cohort. A module is released on a week of the cohort (counted from its start, in the
-- cohort's time zone) or on a date; exactly one of the two is set.
CREATE TABLE course_module (
  id           VARCHAR(36)   NOT NULL,
  course_id    VARCHAR(36)   NOT NULL,
  position     INT           NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  summary      VARCHAR(4000),
  release_week INT,
  release_on   DATE,
  created_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_course_module PRIMARY KEY (id),
  CONSTRAINT fk_module_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT ck_module_release CHECK ((release_week IS NULL AND release_on IS NOT NULL)
                                   OR (release_week IS NOT NULL AND release_on IS NULL)),
  CONSTRAINT ck_module_week CHECK (release_week IS NULL OR release_week BETWEEN 1 AND 52)
);
CREATE INDEX ix_module_course ON course_module (course_id, position);

CREATE TABLE module_item (
  id            VARCHAR(36)   NOT NULL,
  module_id     VARCHAR(36)   NOT NULL,
  position      INT           NOT NULL,
  kind          VARCHAR(20)   NOT NULL,
  title         VARCHAR(200)  NOT NULL,
  body          TEXT,
  link_url      VARCHAR(2000),
  minutes       INT           NOT NULL,
  private_brief TEXT,
  created_at    DATETIME(6)   NOT NULL,
  version       BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_module_item PRIMARY KEY (id),
  CONSTRAINT fk_item_module FOREIGN KEY (module_id) REFERENCES course_module (id),
  CONSTRAINT ck_item_minutes CHECK (minutes BETWEEN 0 AND 600)
);
CREATE INDEX ix_item_module ON module_item (module_id, position);

-- One row per member, cohort and item the member marked done; the key keeps it to one.
CREATE TABLE item_done (
  member_id VARCHAR(36) NOT NULL,
  cohort_id VARCHAR(36) NOT NULL,
  item_id   VARCHAR(36) NOT NULL,
  done_at   DATETIME(6) NOT NULL,
  CONSTRAINT pk_item_done PRIMARY KEY (member_id, cohort_id, item_id),
  CONSTRAINT fk_done_item FOREIGN KEY (item_id) REFERENCES module_item (id) ON DELETE CASCADE
);
CREATE INDEX ix_done_cohort ON item_done (cohort_id, item_id);
