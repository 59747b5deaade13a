package org.virtualcampus.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The benchmark's throwaway MariaDB database (127.0.0.1:3306, root, no password): made at the
 * start, dropped at the end, and seeded with SQL where the API would take minutes (thousands of
 * members, their tokens, attendance and homework rows). Rows the app keeps more columns of than the
 * benchmark knows are cloned from a template row the demo data made through the app.
 */
final class BenchDatabase implements AutoCloseable {
  static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
  static final String OPTIONS = "?sslMode=DISABLED&allowPublicKeyRetrieval=true";
  static final int TOKEN_LENGTH = 43;
  final String name;

  BenchDatabase(String name) throws SQLException {
    this.name = name;
    try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
  }

  String url() {
    return SERVER + name + OPTIONS;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url() + "&rewriteBatchedStatements=true", "root", "");
  }

  /** The token of bench educator {@code n}. */
  static String token(String prefix, int n) {
    return prefix + String.format("%0" + (TOKEN_LENGTH - prefix.length()) + "d", n);
  }

  /** Member id of bench educator {@code n} (1-based). */
  static String memberId(int n) {
    return String.format("bench-%06d", n);
  }

  /**
   * Educators {@code 1..count}, cloned from the demo educator (same password hash, profession and
   * settings), each with an API token valid for a day: {@code tokenPrefix} followed by {@code n}
   * padded with zeros to the 43 characters of a real token.
   */
  void seedEducators(int count, String tokenPrefix) throws SQLException {
    try (Connection c = connect()) {
      cloneRows(
          c,
          "member",
          "t.email_normalized = 'educator01@campus.example'",
          "mysql.seq_1_to_" + count + " s",
          Map.of(
              "id", "CONCAT('bench-', LPAD(s.seq, 6, '0'))",
              "email", "CONCAT('bench', s.seq, '@bench.example')",
              "email_normalized", "CONCAT('bench', s.seq, '@bench.example')",
              "display_name", "CONCAT('Bench Educator ', s.seq)"));
      try (PreparedStatement roles =
              c.prepareStatement(
                  "INSERT INTO member_role (member_id, role) SELECT CONCAT('bench-', LPAD(seq, 6,"
                      + " '0')), 'EDUCATOR' FROM mysql.seq_1_to_"
                      + count);
          PreparedStatement tokens =
              c.prepareStatement(
                  "INSERT INTO api_token (id, token_hash, member_id, created_at, expires_at) SELECT"
                      + " UUID(), SHA2(CONCAT(?, LPAD(seq, ?, '0')), 256), CONCAT('bench-', LPAD(seq, 6, '0')),"
                      + " UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) + INTERVAL 1 DAY FROM mysql.seq_1_to_"
                      + count)) {
        roles.executeUpdate();
        tokens.setString(1, tokenPrefix);
        tokens.setInt(2, TOKEN_LENGTH - tokenPrefix.length());
        tokens.executeUpdate();
      }
    }
  }

  /**
   * INSERT … SELECT copying the template row(s) of {@code table} matched by {@code where} (alias
   * t), joined with {@code join}, with some columns replaced by SQL expressions.
   */
  static int cloneRows(
      Connection c, String table, String where, String join, Map<String, String> replaced)
      throws SQLException {
    List<String> columns = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = ? ORDER BY ordinal_position")) {
      q.setString(1, table);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          columns.add(rs.getString(1));
        }
      }
    }
    StringJoiner names = new StringJoiner(", ");
    StringJoiner values = new StringJoiner(", ");
    for (String column : columns) {
      names.add(column);
      values.add(replaced.getOrDefault(column, "t." + column));
    }
    try (Statement s = c.createStatement()) {
      return s.executeUpdate(
          "INSERT INTO "
              + table
              + " ("
              + names
              + ") SELECT "
              + values
              + " FROM "
              + table
              + " t JOIN "
              + join
              + " WHERE "
              + where);
    }
  }

  /** Rows of a query as maps, column label to value. */
  List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet rs = q.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= n; i++) {
            row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }

  long count(String sql, Object... parameters) throws SQLException {
    return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
  }

  void execute(String sql, Object... parameters) throws SQLException {
    try (Connection c = connect();
        PreparedStatement q = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        q.setObject(i + 1, parameters[i]);
      }
      q.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", "");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS `" + name + "`");
    }
  }
}
