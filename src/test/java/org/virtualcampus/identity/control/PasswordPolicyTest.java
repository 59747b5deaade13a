package org.virtualcampus.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {
  static final PasswordPolicy POLICY = new PasswordPolicy();

  @ParameterizedTest
  @ValueSource(strings = {"short", "1234567890", "harbor-lamp"})
  void refusesFewerThanTwelveCharacters(String password) {
    assertThat(POLICY.weakness(password)).contains("password must have 12 to 200 characters");
  }

  @Test
  void refusesAMissingPassword() {
    assertThat(POLICY.weakness(null)).contains("password is required");
  }

  @Test
  void refusesMoreThanTwoHundredCharacters() {
    assertThat(POLICY.weakness("Quiet-harbor-lamp-27 ".repeat(10)))
        .contains("password must have 12 to 200 characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password1234",
        "PASSWORD1234",
        "iloveyou1234",
        "qwertyuiopasdfghjkl",
        "Welcome2024!!",
        "P@ssw0rd2024!",
        "2024sunshine2024",
        "football!!!!99",
        "harrypotter123",
        "virtualcampus1"
      })
  void refusesCommonPasswordsAndThemWithDigitsOrSymbolsAround(String password) {
    assertThat(POLICY.weakness(password))
        .hasValueSatisfying(r -> assertThat(r).contains("common passwords"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"my-abcdefg-garden", "lamp-56789-harbor", "Harbor-asdfgh-lamp"})
  void refusesRunsOfFiveSuchAsAbcdeOr12345OrQwert(String password) {
    assertThat(POLICY.weakness(password))
        .hasValueSatisfying(r -> assertThat(r).contains("run such as"));
  }

  @Test
  void refusesOneCharacterFiveTimesInARow() {
    assertThat(POLICY.weakness("harbor-zzzzz-lamp"))
        .hasValueSatisfying(r -> assertThat(r).contains("repeats one character"));
  }

  @Test
  void refusesOneShortPartRepeated() {
    assertThat(POLICY.weakness("hb7!hb7!hb7!hb7!"))
        .hasValueSatisfying(r -> assertThat(r).contains("repeats one short part"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Quiet-harbor-lamp-27",
        "correct horse battery staple",
        "a-new-password-42",
        "mi gato duerme en la ventana",
        "Riverside nurses 1987"
      })
  void acceptsLongPassphrasesWithoutCompositionRules(String password) {
    assertThat(POLICY.weakness(password)).isEmpty();
  }

  @Test
  void theDemoPasswordWouldNotPassAsANewPassword() {
    assertThat(POLICY.weakness("campus-demo")).isPresent();
    assertThat(POLICY.weakness("campus-demo-2024")).isPresent();
  }

  @Test
  void coreDropsDigitsAndSymbolsAroundAWordAndPlainUndoesLeetspeak() {
    assertThat(PasswordPolicy.core("!!Summer2025")).isEqualTo("summer");
    assertThat(PasswordPolicy.plain(PasswordPolicy.core("P@$$w0rd99"))).isEqualTo("password");
  }
}
