package org.virtualcampus.attendance.control;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The line that names the participant columns. Exports put meeting data or numbered sections above
 * it, so we scan for it instead of trusting the first line.
 */
record ReportHeader(
    int line, char delimiter, ReportShape shape, Map<Column, Integer> columns, boolean renamed) {

  enum Column {
    NAME("name (original name)", "name", "full name", "participant", "display name"),
    EMAIL("user email", "email", "e-mail", "email address"),
    JOIN("join time", "joined"),
    LEAVE("leave time", "left"),
    FIRST_JOIN("first join", "first join time"),
    LAST_LEAVE("last leave", "last leave time"),
    ACTION("user action", "action"),
    TIMESTAMP("timestamp");

    private final Set<String> names;

    Column(String... names) {
      this.names = Set.of(names);
    }
  }

  static final String NAME_OR_EMAIL = "name or e-mail";
  static final String JOIN_TIME = "join time";
  static final String LEAVE_TIME = "leave time";
  private static final Set<String> ZOOM_ONLY =
      Set.of("name (original name)", "user email", "duration (minutes)", "guest");

  ReportHeader {
    columns = Map.copyOf(columns);
  }

  /**
   * A per-row join/leave header (Zoom, Teams section 3) beats a first-join/last-leave one (Teams
   * section 2), because only the rows show the gaps between reconnects.
   */
  static ReportHeader find(ReportText text) {
    ReportHeader summary = null;
    List<String> leastMissing = List.of(NAME_OR_EMAIL, JOIN_TIME, LEAVE_TIME);
    for (int line = 1; line <= text.lineCount(); line++) {
      String raw = text.line(line);
      if (raw.isBlank()) {
        continue;
      }
      char delimiter = delimiterOf(raw);
      List<String> cells = cells(raw, delimiter);
      Map<Column, Integer> found = columns(cells);
      boolean named = found.containsKey(Column.NAME) || found.containsKey(Column.EMAIL);
      if (found.containsKey(Column.NAME)
          && found.containsKey(Column.ACTION)
          && found.containsKey(Column.TIMESTAMP)) {
        return new ReportHeader(line, delimiter, ReportShape.TEAMS_LEGACY, found, false);
      }
      boolean perRow = found.containsKey(Column.JOIN) && found.containsKey(Column.LEAVE);
      boolean firstLast =
          found.containsKey(Column.FIRST_JOIN) && found.containsKey(Column.LAST_LEAVE);
      if (named && perRow) {
        return new ReportHeader(line, delimiter, shapeOf(cells, delimiter), found, renamed(cells));
      }
      if (named && firstLast && summary == null) {
        found.put(Column.JOIN, found.get(Column.FIRST_JOIN));
        found.put(Column.LEAVE, found.get(Column.LAST_LEAVE));
        summary = new ReportHeader(line, delimiter, shapeOf(cells, delimiter), found, false);
      }
      List<String> missing = missing(found, named);
      if (missing.size() < leastMissing.size()) {
        leastMissing = missing;
      }
    }
    if (summary != null) {
      return summary;
    }
    throw ReportFormatException.missing(leastMissing);
  }

  // Teams writes tabs, Zoom commas, and a European spreadsheet may have turned commas into ';'.
  private static char delimiterOf(String line) {
    long tabs = line.chars().filter(c -> c == '\t').count();
    long commas = line.chars().filter(c -> c == ',').count();
    long semicolons = line.chars().filter(c -> c == ';').count();
    if (tabs > 0 && tabs >= commas && tabs >= semicolons) {
      return '\t';
    }
    return semicolons > commas ? ';' : ',';
  }

  static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setTrim(true)
        .setIgnoreEmptyLines(false)
        .get();
  }

  private static List<String> cells(String line, char delimiter) {
    try (CSVParser parser = format(delimiter).parse(new StringReader(line))) {
      List<CSVRecord> records = parser.getRecords();
      return records.isEmpty() ? List.of() : normalised(records.get(0).toList());
    } catch (IOException | UncheckedIOException | IllegalStateException notCsv) {
      return List.of();
    }
  }

  private static List<String> normalised(List<String> cells) {
    List<String> names = new ArrayList<>();
    for (String cell : cells) {
      names.add(cell.replace("\uFEFF", "").strip().replaceAll("\\s+", " ").toLowerCase(Locale.US));
    }
    return names;
  }

  private static Map<Column, Integer> columns(List<String> cells) {
    Map<Column, Integer> found = new EnumMap<>(Column.class);
    for (int i = 0; i < cells.size(); i++) {
      for (Column column : Column.values()) {
        if (column.names.contains(cells.get(i))) {
          found.putIfAbsent(column, i);
        }
      }
    }
    return found;
  }

  private static List<String> missing(Map<Column, Integer> found, boolean named) {
    List<String> missing = new ArrayList<>();
    if (!named) {
      missing.add(NAME_OR_EMAIL);
    }
    if (!found.containsKey(Column.JOIN) && !found.containsKey(Column.FIRST_JOIN)) {
      missing.add(JOIN_TIME);
    }
    if (!found.containsKey(Column.LEAVE) && !found.containsKey(Column.LAST_LEAVE)) {
      missing.add(LEAVE_TIME);
    }
    return missing;
  }

  private static ReportShape shapeOf(List<String> cells, char delimiter) {
    if (cells.stream().anyMatch(ZOOM_ONLY::contains)) {
      return ReportShape.ZOOM;
    }
    return delimiter == '\t' ? ReportShape.TEAMS : ReportShape.ZOOM;
  }

  // Only Zoom's "Name (Original Name)" column means "New (Original)"; elsewhere parentheses are
  // part of the name, as in Teams' "Visitor (Unverified)".
  private static boolean renamed(List<String> cells) {
    return cells.contains("name (original name)");
  }

  int column(Column column) {
    return columns.getOrDefault(column, -1);
  }
}
