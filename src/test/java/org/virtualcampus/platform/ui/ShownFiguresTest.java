package org.virtualcampus.platform.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ShownFiguresTest {
  private final AtomicInteger reads = new AtomicInteger();

  private List<Integer> figures() {
    reads.incrementAndGet();
    return List.of(1, 2, 3);
  }

  @Test
  void figuresReadByTheViewActionAreShownWithoutReadingAgain() {
    ShownFigures<List<Integer>> shown = new ShownFigures<>();
    shown.read(this::figures);

    assertThat(shown.get(this::figures)).containsExactly(1, 2, 3);
    assertThat(shown.get(this::figures)).containsExactly(1, 2, 3);
    assertThat(reads).hasValue(1);
  }

  @Test
  void aFailedReadIsNotRepeatedOnEveryUse() {
    ShownFigures<List<Integer>> shown = new ShownFigures<>();
    shown.read(() -> null);

    assertThat(shown.get(this::figures)).isNull();
    assertThat(reads).hasValue(0);
  }

  @Test
  void theFiguresStayOutOfTheSerializedSessionAndAreReadAgainAfterAMove() throws Exception {
    ShownFigures<List<Integer>> shown = new ShownFigures<>();
    shown.read(this::figures);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(shown);
    }
    ShownFigures<List<Integer>> empty = new ShownFigures<>();
    ByteArrayOutputStream emptyBytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(emptyBytes)) {
      out.writeObject(empty);
    }
    assertThat(bytes.size()).as("no figures in the session").isEqualTo(emptyBytes.size());

    @SuppressWarnings("unchecked")
    ShownFigures<List<Integer>> moved =
        (ShownFigures<List<Integer>>)
            new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())).readObject();

    assertThat(moved.get(this::figures)).containsExactly(1, 2, 3);
    assertThat(reads).hasValue(2);
  }
}
