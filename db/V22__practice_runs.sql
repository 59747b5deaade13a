-- Live peer feedback practice in a session of kind PEER_FEEDBACK. The run holds the rounds and
-- their timing; groups are formed from the members checked in; one row per session and member
-- keeps anyone from being in two groups at once (and two instances from forming twice).
CREATE TABLE practice_run (
  session_id           VARCHAR(36) NOT NULL,
  model_id             VARCHAR(36) NOT NULL,
  scenario_item_id     VARCHAR(36),
  conversation_minutes INT         NOT NULL,
  feedback_minutes     INT         NOT NULL,
  round                INT         NOT NULL DEFAULT 0,
  round_started_at     DATETIME(6),
  formed_at            DATETIME(6) NOT NULL,
  formed_by            VARCHAR(36) NOT NULL,
  version              BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_practice_run PRIMARY KEY (session_id),
  CONSTRAINT fk_practice_run_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT fk_practice_run_model FOREIGN KEY (model_id) REFERENCES feedback_model (id),
  CONSTRAINT fk_practice_run_scenario FOREIGN KEY (scenario_item_id) REFERENCES module_item (id)
    ON DELETE SET NULL,
  CONSTRAINT ck_practice_minutes CHECK (conversation_minutes BETWEEN 1 AND 60
    AND feedback_minutes BETWEEN 1 AND 60),
  CONSTRAINT ck_practice_round CHECK (round BETWEEN 0 AND 4)
);

CREATE TABLE practice_group (
  id           VARCHAR(36)   NOT NULL,
  session_id   VARCHAR(36)   NOT NULL,
  number       INT           NOT NULL,
  breakout_url VARCHAR(2000),
  CONSTRAINT pk_practice_group PRIMARY KEY (id),
  CONSTRAINT uq_practice_group_number UNIQUE (session_id, number),
  CONSTRAINT fk_practice_group_run FOREIGN KEY (session_id) REFERENCES practice_run (session_id)
);

CREATE TABLE practice_member (
  session_id  VARCHAR(36) NOT NULL,
  member_id   VARCHAR(36) NOT NULL,
  group_id    VARCHAR(36) NOT NULL,
  position    INT         NOT NULL,
  -- A late arrival observes every round; the others rotate through giver and receiver.
  late        BOOLEAN     NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_practice_member PRIMARY KEY (session_id, member_id),
  CONSTRAINT uq_practice_position UNIQUE (group_id, position),
  CONSTRAINT fk_practice_member_group FOREIGN KEY (group_id) REFERENCES practice_group (id),
  CONSTRAINT fk_practice_member_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT ck_practice_position CHECK (position >= 0)
);

-- The forms of a round: the observer's checklist on the giver, the receiver's view of how it
-- landed, the giver's reflection, a coach's comment. One per author, kind and round of a giver;
-- drafts until submitted. Ratings and answers are one JSON document, read and written together.
CREATE TABLE practice_form (
  id           VARCHAR(36) NOT NULL,
  session_id   VARCHAR(36) NOT NULL,
  group_id     VARCHAR(36) NOT NULL,
  round        INT         NOT NULL,
  kind         VARCHAR(10) NOT NULL,
  author_id    VARCHAR(36) NOT NULL,
  giver_id     VARCHAR(36) NOT NULL,
  answers      TEXT        NOT NULL,
  usefulness   INT,
  submitted_at DATETIME(6),
  updated_at   DATETIME(6) NOT NULL,
  version      BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT pk_practice_form PRIMARY KEY (id),
  CONSTRAINT uq_practice_form UNIQUE (session_id, round, kind, author_id, giver_id),
  CONSTRAINT fk_practice_form_group FOREIGN KEY (group_id) REFERENCES practice_group (id),
  CONSTRAINT fk_practice_form_author FOREIGN KEY (author_id) REFERENCES member (id),
  CONSTRAINT fk_practice_form_giver FOREIGN KEY (giver_id) REFERENCES member (id),
  CONSTRAINT ck_practice_form_kind CHECK (kind IN ('OBSERVER', 'RECEIVER', 'GIVER', 'COACH')),
  CONSTRAINT ck_practice_usefulness CHECK (usefulness IS NULL OR usefulness BETWEEN 1 AND 5)
);
CREATE INDEX ix_practice_form_giver ON practice_form (giver_id, session_id);
