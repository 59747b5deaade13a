package org.virtualcampus.enrollment.control;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the people a coordinator invites, from a pasted list (one address per line, or several
 * separated by commas or semicolons, optionally as "Name &lt;address&gt;") or from a CSV file with
 * an {@code email} column and an optional {@code name} column. Every bad row is reported with its
 * line number; nothing is dropped silently.
 */
public final class InviteeList {
  public static final int MAX_ROWS = 2000;
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+$");
  private static final Pattern NAMED = Pattern.compile("^\\s*\"?([^<\"]*?)\"?\\s*<([^>]+)>\\s*$");

  public record Invitee(int line, String email, String name) {}

  public record RowError(int line, String value, String reason) {}

  public record Parsed(List<Invitee> invitees, List<RowError> errors) {
    public boolean ok() {
      return errors.isEmpty() && !invitees.isEmpty();
    }
  }

  private InviteeList() {}

  public static Parsed fromText(String text) {
    List<Invitee> invitees = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    String[] lines = text == null ? new String[0] : text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      for (String token : lines[i].split("[,;]")) {
        if (!token.isBlank()) {
          add(i + 1, token.trim(), null, invitees, errors, seen);
        }
      }
    }
    return finish(invitees, errors);
  }

  public static Parsed fromCsv(Reader csv) {
    List<Invitee> invitees = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    try (CSVParser parser =
        CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
      int emailColumn = 0;
      int nameColumn = -1;
      boolean first = true;
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber();
        if (first) {
          first = false;
          int e = indexOf(record, "email", "e-mail", "mail", "email address");
          if (e >= 0) {
            emailColumn = e;
            nameColumn = indexOf(record, "name", "full name", "display name");
            continue;
          }
        }
        if (record.size() <= emailColumn || record.get(emailColumn).isBlank()) {
          errors.add(
              new RowError(
                  line, String.join(",", record.toList()), "no e-mail address in this row"));
          continue;
        }
        String name = nameColumn >= 0 && record.size() > nameColumn ? record.get(nameColumn) : null;
        add(line, record.get(emailColumn), name, invitees, errors, seen);
      }
    } catch (IOException | RuntimeException e) {
      errors.add(new RowError(0, "", "the file is not readable as CSV: " + e.getMessage()));
    }
    return finish(invitees, errors);
  }

  public static Parsed fromCsv(String csv) {
    return fromCsv(new StringReader(csv == null ? "" : csv));
  }

  private static int indexOf(CSVRecord header, String... names) {
    for (int i = 0; i < header.size(); i++) {
      String cell = header.get(i).trim().toLowerCase(Locale.ROOT);
      for (String name : names) {
        if (cell.equals(name)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static void add(
      int line,
      String raw,
      String name,
      List<Invitee> invitees,
      List<RowError> errors,
      Map<String, Integer> seen) {
    String email = raw.trim();
    Matcher named = NAMED.matcher(email);
    if (named.matches()) {
      name = name == null || name.isBlank() ? named.group(1).trim() : name;
      email = named.group(2).trim();
    }
    if (!EMAIL.matcher(email).matches() || email.length() > 254) {
      errors.add(new RowError(line, raw, "not a valid e-mail address"));
      return;
    }
    String key = email.toLowerCase(Locale.ROOT);
    Integer earlier = seen.putIfAbsent(key, line);
    if (earlier != null) {
      errors.add(new RowError(line, raw, "the same address as line " + earlier));
      return;
    }
    if (invitees.size() >= MAX_ROWS) {
      errors.add(
          new RowError(
              line, raw, "more than " + MAX_ROWS + " addresses in one upload; split the list"));
      return;
    }
    invitees.add(new Invitee(line, email, name == null || name.isBlank() ? null : name.trim()));
  }

  private static Parsed finish(List<Invitee> invitees, List<RowError> errors) {
    if (invitees.isEmpty() && errors.isEmpty()) {
      errors.add(new RowError(0, "", "the list is empty"));
    }
    return new Parsed(List.copyOf(invitees), List.copyOf(errors));
  }
}
