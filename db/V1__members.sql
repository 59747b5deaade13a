-- Members and their roles. Emails are unique without regard to case: the application stores a
-- lower-cased copy and the unique key sits on that copy, so two instances cannot race a duplicate in.
CREATE TABLE member (
  id               VARCHAR(36)   NOT NULL,
  email            VARCHAR(254)  NOT NULL,
  email_normalized VARCHAR(254)  NOT NULL,
  display_name     VARCHAR(120)  NOT NULL,
  password_hash    VARCHAR(512)  NOT NULL,
  profession       VARCHAR(40)   NOT NULL,
  profession_other VARCHAR(80),
  institution      VARCHAR(160),
  country          VARCHAR(2),
  time_zone        VARCHAR(64)   NOT NULL,
  bio              VARCHAR(1000),
  failed_sign_ins  INT           NOT NULL DEFAULT 0,
  locked_until     DATETIME(6),
  created_at       DATETIME(6)   NOT NULL,
  version          BIGINT        NOT NULL DEFAULT 0,
  CONSTRAINT pk_member PRIMARY KEY (id),
  CONSTRAINT uk_member_email UNIQUE (email_normalized)
);

CREATE TABLE member_role (
  member_id VARCHAR(36) NOT NULL,
  role      VARCHAR(20) NOT NULL,
  CONSTRAINT pk_member_role PRIMARY KEY (member_id, role),
  CONSTRAINT fk_member_role_member FOREIGN KEY (member_id) REFERENCES member (id) ON DELETE CASCADE
);

CREATE INDEX ix_member_display_name ON member (display_name);
