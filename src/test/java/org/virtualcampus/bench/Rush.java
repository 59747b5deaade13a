package org.virtualcampus.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * "N distinct people, one request each": {@code connections} workers on keep-alive HTTP/1.1
 * connections take the next person's request until all are sent (wrk cannot: its per-thread stop
 * drops answers in flight). Each answer keeps its status, body and latency.
 */
final class Rush {
  record Answer(int person, int status, String body, long nanos) {}

  record Outcome(List<Answer> answers, Duration elapsed) {
    double perSecond() {
      return answers.size() / (elapsed.toNanos() / 1e9);
    }

    Latencies latencies() {
      return new Latencies(answers.stream().mapToLong(Answer::nanos).toArray());
    }

    long errors(int expectedStatus) {
      return answers.stream().filter(a -> a.status() != expectedStatus).count();
    }
  }

  private Rush() {}

  /** POSTs to {@code uri} once per person 1..people, with person {@code n}'s bearer token. */
  static Outcome post(URI uri, int people, int connections, IntFunction<String> tokenOf)
      throws Exception {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    AtomicInteger next = new AtomicInteger(1);
    List<Answer> answers = java.util.Collections.synchronizedList(new ArrayList<>(people));
    ExecutorService workers = Executors.newFixedThreadPool(connections);
    long started = System.nanoTime();
    List<Future<?>> running = new ArrayList<>();
    for (int w = 0; w < connections; w++) {
      running.add(
          workers.submit(
              () -> {
                for (int n = next.getAndIncrement(); n <= people; n = next.getAndIncrement()) {
                  HttpRequest request =
                      HttpRequest.newBuilder(uri)
                          .timeout(Duration.ofSeconds(60))
                          .header("Authorization", "Bearer " + tokenOf.apply(n))
                          .header("Accept", "application/json")
                          .POST(HttpRequest.BodyPublishers.noBody())
                          .build();
                  long sent = System.nanoTime();
                  int status;
                  String body;
                  try {
                    HttpResponse<String> answer =
                        http.send(request, HttpResponse.BodyHandlers.ofString());
                    status = answer.statusCode();
                    body = answer.body();
                  } catch (java.io.IOException | InterruptedException failed) {
                    status = -1;
                    body = String.valueOf(failed);
                  }
                  answers.add(new Answer(n, status, body, System.nanoTime() - sent));
                }
                return null;
              }));
    }
    for (Future<?> f : running) {
      f.get();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
    workers.shutdown();
    return new Outcome(List.copyOf(answers), elapsed);
  }
}
