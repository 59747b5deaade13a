package org.virtualcampus.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

public class RenderedJsonTest {
  public record Item(String name, int seats) {}

  public record Answer(List<Item> items, long total) {}

  final RenderedJson json = new RenderedJson();
  final AtomicInteger renders = new AtomicInteger();

  private String render(Answer shared) {
    return json.of(
        shared,
        () -> {
          renders.incrementAndGet();
          return shared;
        });
  }

  @Test
  void theSameAnswerIsWrittenOnceAndAsJsonBWritesIt() {
    Answer kept = new Answer(List.of(new Item("Spring cohort", 40)), 1);

    assertThat(render(kept))
        .isEqualTo("{\"items\":[{\"name\":\"Spring cohort\",\"seats\":40}],\"total\":1}");
    assertThat(render(kept)).isEqualTo(render(kept));
    assertThat(renders).hasValue(1);
  }

  @Test
  void anAnswerReadAgainIsWrittenAgainEvenWhenEqual() {
    Answer before = new Answer(List.of(new Item("Spring cohort", 40)), 1);
    Answer readAgain = new Answer(List.of(new Item("Spring cohort", 40)), 1);

    render(before);
    render(readAgain);

    assertThat(renders).hasValue(2);
  }
}
