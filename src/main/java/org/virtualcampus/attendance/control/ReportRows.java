package org.virtualcampus.attendance.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The data rows below a header, each with the line it starts on for error messages. */
final class ReportRows {
  record Row(int line, List<String> cells) {
    String cell(int index) {
      return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }

    Instant time(int index, ZoneId zone) {
      String value = cell(index);
      return ReportTimes.parse(value, zone)
          .orElseThrow(() -> ReportFormatException.atLine(line, "not a readable time:", value));
    }
  }

  /** One row's worth of presence, before rows of the same person are merged. */
  record Presence(String name, String originalName, String email, PresenceInterval interval) {}

  private ReportRows() {}

  /**
   * The CSV parser reads from the header on rather than line by line, so a quoted name with a line
   * break stays one row; a blank line ends the table because Teams starts its next section there.
   */
  static List<Row> below(ReportText text, ReportHeader header) {
    int start = text.startOf(header.line());
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser =
        ReportHeader.format(header.delimiter())
            .parse(new StringReader(text.text().substring(start)))) {
      boolean first = true;
      for (CSVRecord record : parser) {
        if (first) {
          first = false;
          continue;
        }
        if (record.stream().allMatch(String::isBlank)) {
          break;
        }
        int line = text.lineAt(start + (int) record.getCharacterPosition());
        rows.add(new Row(line, record.toList()));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new ReportFormatException(
          "The rows below line " + header.line() + " are not readable as CSV: " + e.getMessage());
    }
    return rows;
  }
}
