-- Courses, their cohorts, seats and the waitlist.
-- Seat and waitlist invariants live here so that several app instances can allocate at once:
--   * seats_taken never exceeds capacity (check constraint; changed only under a lock on the cohort row),
--   * one enrollment row per member and cohort (unique key; a new request reuses the row),
--   * no two waiting people share a place in the queue (unique ticket per cohort).
CREATE TABLE course (
  id           VARCHAR(36)   NOT NULL,
  title        VARCHAR(200)  NOT NULL,
  summary      VARCHAR(4000),
  weeks        INT           NOT NULL,
  weekly_hours INT           NOT NULL,
  created_at   DATETIME(6)   NOT NULL,
  version      BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_course PRIMARY KEY (id),
  CONSTRAINT ck_course_weeks CHECK (weeks BETWEEN 1 AND 52),
  CONSTRAINT ck_course_hours CHECK (weekly_hours BETWEEN 0 AND 60)
);

CREATE TABLE cohort (
  id                     VARCHAR(36)  NOT NULL,
  course_id              VARCHAR(36)  NOT NULL,
  name                   VARCHAR(200) NOT NULL,
  capacity               INT          NOT NULL,
  seats_taken            INT          NOT NULL DEFAULT 0,
  interest_opens_at      DATETIME(6),
  interest_closes_at     DATETIME(6),
  starts_on              DATE         NOT NULL,
  ends_on                DATE         NOT NULL,
  time_zone              VARCHAR(64)  NOT NULL,
  status                 VARCHAR(16)  NOT NULL,
  admission              VARCHAR(20)  NOT NULL,
  seat_policy            VARCHAR(20)  NOT NULL,
  offer_hold_seconds     INT          NOT NULL,
  profession_cap_percent INT,
  next_ticket            BIGINT       NOT NULL DEFAULT 1,
  coordinator_id         VARCHAR(36)  NOT NULL,
  created_at             DATETIME(6)  NOT NULL,
  version                BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_cohort PRIMARY KEY (id),
  CONSTRAINT fk_cohort_course FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT fk_cohort_coordinator FOREIGN KEY (coordinator_id) REFERENCES member (id),
  CONSTRAINT ck_cohort_capacity CHECK (capacity BETWEEN 1 AND 10000),
  CONSTRAINT ck_cohort_seats CHECK (seats_taken >= 0 AND seats_taken <= capacity),
  CONSTRAINT ck_cohort_dates CHECK (ends_on >= starts_on),
  CONSTRAINT ck_cohort_cap CHECK (profession_cap_percent IS NULL OR profession_cap_percent BETWEEN 1 AND 100),
  CONSTRAINT ck_cohort_hold CHECK (offer_hold_seconds > 0)
);
CREATE INDEX ix_cohort_status ON cohort (status, starts_on);

CREATE TABLE cohort_facilitator (
  cohort_id VARCHAR(36) NOT NULL,
  member_id VARCHAR(36) NOT NULL,
  CONSTRAINT pk_cohort_facilitator PRIMARY KEY (cohort_id, member_id),
  CONSTRAINT fk_cohort_facilitator_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id) ON DELETE CASCADE,
  CONSTRAINT fk_cohort_facilitator_member FOREIGN KEY (member_id) REFERENCES member (id)
);

CREATE TABLE enrollment (
  id               VARCHAR(36)  NOT NULL,
  cohort_id        VARCHAR(36)  NOT NULL,
  member_id        VARCHAR(36)  NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  source           VARCHAR(16)  NOT NULL,
  requested_at     DATETIME(6)  NOT NULL,
  queue_ticket     BIGINT,
  offered_at       DATETIME(6),
  offer_expires_at DATETIME(6),
  expiry_warned    BOOLEAN      NOT NULL DEFAULT FALSE,
  enrolled_at      DATETIME(6),
  ended_at         DATETIME(6),
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_enrollment PRIMARY KEY (id),
  CONSTRAINT fk_enrollment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_enrollment_member FOREIGN KEY (member_id) REFERENCES member (id),
  CONSTRAINT uk_enrollment_member UNIQUE (cohort_id, member_id),
  CONSTRAINT uk_enrollment_ticket UNIQUE (cohort_id, queue_ticket)
);
CREATE INDEX ix_enrollment_status ON enrollment (cohort_id, status);
CREATE INDEX ix_enrollment_offer ON enrollment (status, offer_expires_at);
CREATE INDEX ix_enrollment_member ON enrollment (member_id);

-- Every change to the queue, by a coordinator or by the system (actor_id NULL), with the reason.
-- seq orders events that share a timestamp (several promotions in one transaction); see WriteOrder.
CREATE TABLE waitlist_event (
  id             VARCHAR(36)  NOT NULL,
  seq            BIGINT       NOT NULL,
  cohort_id      VARCHAR(36)  NOT NULL,
  enrollment_id  VARCHAR(36)  NOT NULL,
  member_id      VARCHAR(36)  NOT NULL,
  actor_id       VARCHAR(36),
  kind           VARCHAR(24)  NOT NULL,
  reason         VARCHAR(500),
  from_position  INT,
  to_position    INT,
  waited_seconds BIGINT,
  occurred_at    DATETIME(6)  NOT NULL,
  CONSTRAINT pk_waitlist_event PRIMARY KEY (id),
  CONSTRAINT fk_waitlist_event_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT fk_waitlist_event_enrollment FOREIGN KEY (enrollment_id) REFERENCES enrollment (id)
);
CREATE INDEX ix_waitlist_event_cohort ON waitlist_event (cohort_id, seq);

CREATE TABLE invitation (
  id               VARCHAR(36)  NOT NULL,
  cohort_id        VARCHAR(36)  NOT NULL,
  email            VARCHAR(254) NOT NULL,
  email_normalized VARCHAR(254) NOT NULL,
  invitee_name     VARCHAR(120),
  token_hash       VARCHAR(64)  NOT NULL,
  status           VARCHAR(16)  NOT NULL,
  invited_by       VARCHAR(36)  NOT NULL,
  invited_at       DATETIME(6)  NOT NULL,
  expires_at       DATETIME(6)  NOT NULL,
  opened_at        DATETIME(6),
  answered_at      DATETIME(6),
  member_id        VARCHAR(36),
  version          BIGINT       NOT NULL DEFAULT 0,
  CONSTRAINT pk_invitation PRIMARY KEY (id),
  CONSTRAINT fk_invitation_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
  CONSTRAINT uk_invitation_email UNIQUE (cohort_id, email_normalized),
  CONSTRAINT uk_invitation_token UNIQUE (token_hash)
);
CREATE INDEX ix_invitation_status ON invitation (cohort_id, status);
