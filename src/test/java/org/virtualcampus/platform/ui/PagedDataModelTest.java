package org.virtualcampus.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

class PagedDataModelTest {
  static final List<String> ROWS =
      new ArrayList<>(IntStream.rangeClosed(1, 250).mapToObj(i -> "row " + i).toList());

  static Page<String> page(PageRequest p) {
    int from = Math.min(p.offset(), ROWS.size());
    int to = Math.min(from + p.size(), ROWS.size());
    return new Page<>(ROWS.subList(from, to), p.page(), p.size(), ROWS.size());
  }

  @Test
  void everyRowBeyondTheFirst200IsReachablePageByPage() {
    PagedDataModel<String> model = new PagedDataModel<>(PagedDataModelTest::page, s -> s);
    List<String> seen = new ArrayList<>();
    for (int first = 0; first < 250; first += 25) {
      seen.addAll(model.load(first, 25, Map.of(), Map.of()));
      assertThat(model.count(Map.of())).isEqualTo(250);
    }
    assertThat(seen).containsExactlyElementsOf(ROWS);
    assertThat(model.load(225, 25, Map.of(), Map.of())).startsWith("row 226").endsWith("row 250");
  }

  @Test
  void theTotalSurvivesTheViewBeingSerialized() throws Exception {
    PagedDataModel<String> model = new PagedDataModel<>(PagedDataModelTest::page, s -> s);
    model.load(200, 25, Map.of(), Map.of());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(model);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      @SuppressWarnings("unchecked")
      PagedDataModel<String> restored = (PagedDataModel<String>) in.readObject();
      // the table asks for the count before it loads, and clamps the page to it
      assertThat(restored.count(Map.of())).isEqualTo(250);
      assertThat(restored.getTotal()).isEqualTo(250);
    }
  }
}
