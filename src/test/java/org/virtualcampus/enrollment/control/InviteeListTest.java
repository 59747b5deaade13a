package org.virtualcampus.enrollment.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InviteeListTest {

  @Test
  void pastedListAcceptsLinesCommasAndNamedAddresses() {
    var parsed =
        InviteeList.fromText(
            "ana@uni.example\nben@uni.example, cleo@uni.example\n\n\"Dora Diaz\" <dora@uni.example>");
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.invitees())
        .extracting(InviteeList.Invitee::email)
        .containsExactly(
            "ana@uni.example", "ben@uni.example", "cleo@uni.example", "dora@uni.example");
    assertThat(parsed.invitees().get(3).name()).isEqualTo("Dora Diaz");
    assertThat(parsed.invitees().get(3).line()).isEqualTo(4);
  }

  @Test
  void everyBadRowIsReportedWithItsLine() {
    var parsed = InviteeList.fromText("ana@uni.example\nnot-an-address\nANA@uni.example\nben@");
    assertThat(parsed.ok()).isFalse();
    assertThat(parsed.errors()).extracting(InviteeList.RowError::line).containsExactly(2, 3, 4);
    assertThat(parsed.errors().get(1).reason()).contains("line 1");
  }

  @Test
  void csvWithHeaderUsesTheEmailAndNameColumns() {
    var parsed =
        InviteeList.fromCsv(
            "name,email\nAna Alves,ana@uni.example\n\"Okafor, Ben\",ben@uni.example\n");
    assertThat(parsed.ok()).isTrue();
    assertThat(parsed.invitees())
        .extracting(InviteeList.Invitee::name)
        .containsExactly("Ana Alves", "Okafor, Ben");
    assertThat(parsed.invitees()).extracting(InviteeList.Invitee::line).containsExactly(2, 3);
  }

  @Test
  void csvWithoutHeaderTakesTheFirstColumn() {
    var parsed = InviteeList.fromCsv("ana@uni.example\nbroken\n");
    assertThat(parsed.invitees()).hasSize(1);
    assertThat(parsed.errors()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(2));
  }

  @Test
  void emptyListIsAnError() {
    assertThat(InviteeList.fromText("  \n ").errors())
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).contains("empty"));
  }
}
