-- Live sessions of a cohort (classes, peer feedback practice, office hours, reunions, book clubs),
-- stored as instants; a weekly series shares a series id. sequence rises with every change a
-- calendar app must pick up (RFC 5545 SEQUENCE), and a cancelled session stays, CANCELLED.
CREATE TABLE live_session (
  id             VARCHAR(36)   NOT NULL,
  cohort_id      VARCHAR(36)   NOT NULL,
  series_id      VARCHAR(36),
  kind           VARCHAR(20)   NOT NULL,
  title          VARCHAR(200)  NOT NULL,
  starts_at      DATETIME(6)   NOT NULL,
  minutes        INT           NOT NULL,
  join_url       VARCHAR(2000),
  facilitator_id VARCHAR(36),
  description    TEXT,
  status         VARCHAR(12)   NOT NULL,
  sequence       INT           NOT NULL DEFAULT 0,
  created_at     DATETIME(6)   NOT NULL,
  version        BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_live_session PRIMARY KEY (id),
  CONSTRAINT fk_session_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_session_facilitator FOREIGN KEY (facilitator_id) REFERENCES member (id),
  CONSTRAINT ck_session_kind
    CHECK (kind IN ('CLASS', 'PEER_FEEDBACK', 'OFFICE_HOUR', 'REUNION', 'BOOK_CLUB')),
  CONSTRAINT ck_session_status CHECK (status IN ('SCHEDULED', 'CANCELLED')),
  CONSTRAINT ck_session_minutes CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX ix_session_cohort ON live_session (cohort_id, starts_at);
CREATE INDEX ix_session_series ON live_session (series_id);

-- A member's personal calendar feed: the subscribe URL carries a secret whose SHA-256 is kept here;
-- resetting it replaces the row, so the old URL answers 404.
CREATE TABLE calendar_feed (
  member_id  VARCHAR(36) NOT NULL,
  token_hash CHAR(64)    NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_calendar_feed PRIMARY KEY (member_id),
  CONSTRAINT uq_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_member FOREIGN KEY (member_id) REFERENCES member (id)
);
