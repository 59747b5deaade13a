package org.virtualcampus.identity.boundary;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.AccessDeniedException;

class MembersTest {

  @Test
  void selfSignUpIsRefusedWhenTheSettingSwitchesItOff() {
    Members members = new Members();
    members.signUpEnabled = false;
    SignUpForm form =
        new SignUpForm(
            "nora@example.org",
            "Quiet-harbor-lamp-27",
            "Nora",
            "NURSE",
            null,
            null,
            null,
            "UTC",
            null);

    assertThatThrownBy(() -> members.signUp(form))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("switched off");
  }
}
