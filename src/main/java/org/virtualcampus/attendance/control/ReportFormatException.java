package org.virtualcampus.attendance.control;

import java.util.List;

/**
 * The upload is not a participant report we can read. The message is meant for the person who
 * uploaded it, so it says which columns were missing or which line held what.
 */
public final class ReportFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final List<String> missingColumns;

  public ReportFormatException(String message) {
    this(message, List.of());
  }

  public ReportFormatException(String message, List<String> missingColumns) {
    super(message);
    this.missingColumns = List.copyOf(missingColumns);
  }

  static ReportFormatException missing(List<String> columns) {
    return new ReportFormatException(
        "Not a participant report: no columns for " + String.join(", ", columns), columns);
  }

  static ReportFormatException atLine(int line, String problem, String value) {
    return new ReportFormatException("Line " + line + ": " + problem + " \"" + value + "\"");
  }

  /** Empty when the columns were found but a value was not readable. */
  public List<String> missingColumns() {
    return missingColumns;
  }
}
