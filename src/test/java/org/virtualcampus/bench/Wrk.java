package org.virtualcampus.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-request loads with wrk (Debian's package): the same GET again and again on keep-alive
 * connections, each request carrying one of the given header sets in turn (a token or a page
 * session per simulated person). A Lua report prints the percentiles wrk itself does not.
 */
final class Wrk {
  record Result(double perSecond, double p50, double p95, double p99, long requests, long errors) {
    String summary() {
      return String.format(
          "%,.0f req/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %d errors",
          perSecond, p50, p95, p99, errors);
    }
  }

  private static final Pattern REPORT =
      Pattern.compile(
          "BENCH requests=(\\d+) seconds=([\\d.]+) p50=(\\d+) p95=(\\d+) p99=(\\d+) errors=(\\d+)");

  private Wrk() {}

  static boolean available() {
    return Files.isExecutable(Path.of("/usr/bin/wrk"));
  }

  /** GETs {@code url} for {@code seconds} on {@code connections} connections. */
  static Result get(String url, int connections, int seconds, List<String> headerSets, Path target)
      throws IOException, InterruptedException {
    return run(url, 2, connections, seconds, lua(headerSets), target);
  }

  /**
   * GETs {@code url} for {@code seconds} as a browser per header set would: each on a connection of
   * its own, one request after another, keeping the cookies the answers set (a clustered page
   * session answers a new JSESSIONIDVERSION every time, and a stale one makes the server read the
   * session back from the cluster's store).
   */
  static Result browse(String url, int seconds, List<String> headerSets, Path target)
      throws IOException, InterruptedException {
    return browse(url, seconds, headerSets, Pause.NONE, target);
  }

  /**
   * As {@link #browse(String, int, List, Path)}, each person pausing between pages (reading them)
   * for a time drawn uniformly from {@code pause}; latencies count from request to answer only.
   */
  static Result browse(String url, int seconds, List<String> headerSets, Pause pause, Path target)
      throws IOException, InterruptedException {
    int people = headerSets.size();
    return run(url, people, people, seconds, browsers(headerSets, pause), target);
  }

  /** How long a person reads a page before asking for the next, in milliseconds. */
  record Pause(int fromMillis, int toMillis) {
    static final Pause NONE = new Pause(0, 0);

    String lua() {
      return toMillis == 0
          ? ""
          : String.format(
              "delay = function()%n  return math.random(%d, %d)%nend%n", fromMillis, toMillis);
    }
  }

  private static Result run(
      String url, int threads, int connections, int seconds, String lua, Path target)
      throws IOException, InterruptedException {
    Path script = target.resolve("bench-wrk.lua");
    Files.writeString(script, lua, StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "wrk",
            "-t" + threads,
            "-c" + connections,
            "-d" + seconds + "s",
            "--timeout",
            "10s",
            "-s",
            script.toString(),
            url));
    Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    Matcher m = REPORT.matcher(out);
    if (!m.find()) {
      throw new IllegalStateException("wrk said:\n" + out);
    }
    long requests = Long.parseLong(m.group(1));
    return new Result(
        requests / Double.parseDouble(m.group(2)),
        Long.parseLong(m.group(3)) / 1000.0,
        Long.parseLong(m.group(4)) / 1000.0,
        Long.parseLong(m.group(5)) / 1000.0,
        requests,
        Long.parseLong(m.group(6)));
  }

  /** One header set per wrk thread; cookies set by an answer replace those of the same name. */
  private static String browsers(List<String> headerSets, Pause pause) {
    return table(headerSets)
        + pause.lua()
        + """
        local n = 0
        local people = {}
        setup = function(thread)
          n = n + 1
          thread:set("person", n)
          people[n] = thread
        end
        init = function(args)
          math.randomseed(person)
          headers = sets[person]
          unexpected = 0
        end
        -- a page that is not answered 200 (a lost session answers 302 to the sign-in page) is an error
        extra = function()
          local sum = 0
          for _, thread in ipairs(people) do
            sum = sum + thread:get("unexpected")
          end
          return sum
        end
        request = function()
          return wrk.format("GET", nil, headers)
        end
        response = function(status, answer, body)
          if status ~= 200 then
            unexpected = unexpected + 1
          end
          local set = answer["Set-Cookie"]
          local cookie = headers["Cookie"]
          if set and cookie then
            local name, value = set:match("^([^=;]+)=([^;]*)")
            if name then
              local pattern = "%f[%w_]" .. name:gsub("%p", "%%%0") .. "=[^;]*"
              local kept = cookie:gsub(pattern, name .. "=" .. value)
              headers["Cookie"] = kept
            end
          end
        end
        """
        + DONE;
  }

  /** Each header set is "Name: value" lines joined by '\n'. */
  private static String lua(List<String> headerSets) {
    if (headerSets.size() == 1) {
      // One header set: static headers, so wrk need not call Lua for every request.
      StringBuilder fixed = new StringBuilder();
      for (String line : headerSets.get(0).split("\n")) {
        if (!line.isBlank()) {
          int colon = line.indexOf(':');
          fixed.append(
              String.format(
                  "wrk.headers[%s] = %s%n",
                  quote(line.substring(0, colon).trim()), quote(line.substring(colon + 1).trim())));
        }
      }
      return fixed + DONE;
    }
    return table(headerSets)
        + """
        local i = 0
        request = function()
          i = i + 1
          local set = sets[(i % #sets) + 1]
          return wrk.format("GET", nil, set)
        end
        """
        + DONE;
  }

  private static String table(List<String> headerSets) {
    StringBuilder sets = new StringBuilder("local sets = {\n");
    for (String set : headerSets) {
      sets.append("  {");
      for (String line : set.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        int colon = line.indexOf(':');
        sets.append(
            String.format(
                "[%s] = %s, ",
                quote(line.substring(0, colon).trim()), quote(line.substring(colon + 1).trim())));
      }
      sets.append("},\n");
    }
    sets.append("}\n");
    return sets.toString();
  }

  private static final String DONE =
      """
        done = function(summary, latency, requests)
          local e = summary.errors.connect + summary.errors.read + summary.errors.write
            + summary.errors.status + summary.errors.timeout + (extra and extra() or 0)
          io.write(string.format("BENCH requests=%d seconds=%.3f p50=%d p95=%d p99=%d errors=%d\\n",
            summary.requests, summary.duration / 1e6, latency:percentile(50),
            latency:percentile(95), latency:percentile(99), e))
        end
        """;

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
