package org.virtualcampus.reporting.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RiskRuleTest {

  @Test
  void aCourseWithoutItsOwnRuleHasTwoAbsencesOrTwoHomeworkMissing() {
    RiskRule rule = RiskRule.defaults("course");
    assertThat(rule.absences()).isEqualTo(2);
    assertThat(rule.missingHomework()).isEqualTo(2);
  }

  @Test
  void aThresholdBelowOneWouldPutEveryoneAtRiskAndIsRefused() {
    RiskRule rule = RiskRule.defaults("course");
    assertThatThrownBy(() -> rule.change(0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> rule.change(2, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(rule.absences()).isEqualTo(2);
    rule.change(3, 1);
    assertThat(rule.absences()).isEqualTo(3);
    assertThat(rule.missingHomework()).isEqualTo(1);
  }
}
