-- Groups a facilitator plans before a peer feedback session, from the cohort's enrolled members.
-- When the groups are formed at the start, the plan is re-formed from those checked in; the plan
-- stays as it was written. One row per session and member keeps a member in one planned group.
CREATE TABLE practice_plan_seat (
  id           VARCHAR(36) NOT NULL,
  session_id   VARCHAR(36) NOT NULL,
  member_id    VARCHAR(36) NOT NULL,
  group_number INT         NOT NULL,
  position     INT         NOT NULL,
  CONSTRAINT pk_practice_plan_seat PRIMARY KEY (id),
  CONSTRAINT fk_plan_seat_session FOREIGN KEY (session_id) REFERENCES live_session (id),
  CONSTRAINT uq_plan_seat_member UNIQUE (session_id, member_id),
  CONSTRAINT ck_plan_seat_group CHECK (group_number >= 1)
);
CREATE INDEX ix_plan_seat_session ON practice_plan_seat (session_id, group_number, position);
