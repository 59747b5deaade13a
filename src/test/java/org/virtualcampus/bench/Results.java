package org.virtualcampus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The results table: each figure next to its ceiling from the same run and its target. */
final class Results {
  record Row(String what, String measured, String ceiling, String target, Boolean met) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> broken = new ArrayList<>();

  void add(String what, String measured, String ceiling, String target, Boolean met) {
    rows.add(new Row(what, measured, ceiling, target, met));
    System.out.printf("   %s: %s%n", what, measured);
  }

  /** An invariant that did not hold: the run fails. */
  void broken(String invariant) {
    broken.add(invariant);
    System.out.println("   BROKEN: " + invariant);
  }

  boolean allInvariantsHeld() {
    return broken.isEmpty();
  }

  String markdown() {
    StringBuilder table =
        new StringBuilder(
            "| what | measured | ceiling, same run | target | met |\n|---|---|---|---|---|\n");
    for (Row r : rows) {
      table.append(
          String.format(
              "| %s | %s | %s | %s | %s |%n",
              r.what(),
              r.measured(),
              r.ceiling(),
              r.target(),
              r.met() == null ? "" : r.met() ? "yes" : "**no**"));
    }
    if (!broken.isEmpty()) {
      table.append("\nBroken invariants:\n");
      broken.forEach(b -> table.append("- ").append(b).append('\n'));
    }
    return table.toString();
  }

  void write(Path file) throws IOException {
    Files.writeString(file, markdown());
  }
}
