package org.virtualcampus.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagedListTest {

  @Test
  void walksEveryPageWithTheRangeShown() {
    PagedList<String> list = new PagedList<>(PagedDataModelTest::page, 20);
    list.reload();
    assertThat(list.getFirst()).isEqualTo(1);
    assertThat(list.getLast()).isEqualTo(20);
    assertThat(list.getTotal()).isEqualTo(250);
    assertThat(list.isHasPrevious()).isFalse();
    List<String> seen = new ArrayList<>(list.getItems());
    while (list.isHasNext()) {
      list.next();
      seen.addAll(list.getItems());
    }
    assertThat(seen).containsExactlyElementsOf(PagedDataModelTest.ROWS);
    assertThat(list.getFirst()).isEqualTo(241);
    assertThat(list.getLast()).isEqualTo(250);
    list.next();
    assertThat(list.getFirst()).isEqualTo(241);
    list.previous();
    assertThat(list.getFirst()).isEqualTo(221);
  }

  @Test
  void anEmptyListShowsNoRange() {
    PagedList<String> list =
        new PagedList<>(
            p -> new org.virtualcampus.platform.paging.Page<>(List.of(), p.page(), p.size(), 0),
            20);
    list.reload();
    assertThat(list.getFirst()).isZero();
    assertThat(list.isPaged()).isFalse();
  }
}
