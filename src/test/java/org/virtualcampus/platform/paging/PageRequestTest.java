package org.virtualcampus.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.error.InvalidInputException;

class PageRequestTest {

  @Test
  void pageBeyondTheLimitIsRefusedNamingTheParameter() {
    assertThatThrownBy(() -> PageRequest.parse("2147483647", null))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).fieldErrors().get(0).field())
                    .isEqualTo("page"));
    assertThatThrownBy(() -> PageRequest.parse("99999999999999999999", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PageRequest.parse("-1", null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void sizeOutsideOneToTwoHundredIsRefused() {
    assertThatThrownBy(() -> PageRequest.parse(null, "0"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PageRequest.parse(null, "201"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void deepestPageStillHasAnOffsetThatFits() {
    var last = PageRequest.parse(String.valueOf(PageRequest.MAX_PAGE), "200");
    assertThat(last.offset()).isEqualTo(PageRequest.MAX_PAGE * 200);
    assertThat(new PageRequest(Integer.MAX_VALUE, 200).offset()).isPositive();
  }

  @Test
  void missingParametersMeanFirstPageOfTwenty() {
    assertThat(PageRequest.parse(null, " ")).isEqualTo(new PageRequest(0, 20));
  }
}
