-- A role-play scenario may be told differently for a pairing of professions (a nurse giving
-- feedback to a physician meets another situation than a physician giving it to a nurse). A round
-- shows the variant for its giver's and receiver's professions, else the item's own text. One
-- variant per item and pairing; variants go with their item.
CREATE TABLE scenario_variant (
  id                  VARCHAR(36) NOT NULL,
  item_id             VARCHAR(36) NOT NULL,
  position            INT         NOT NULL,
  giver_profession    VARCHAR(40) NOT NULL,
  receiver_profession VARCHAR(40) NOT NULL,
  situation           TEXT        NOT NULL,
  private_brief       TEXT,
  created_at          DATETIME(6) NOT NULL,
  CONSTRAINT pk_scenario_variant PRIMARY KEY (id),
  CONSTRAINT fk_variant_item FOREIGN KEY (item_id) REFERENCES module_item (id) ON DELETE CASCADE,
  CONSTRAINT uq_variant_pairing UNIQUE (item_id, giver_profession, receiver_profession)
);
