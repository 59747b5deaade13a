package org.virtualcampus.enrollment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.virtualcampus.enrollment.entity.EnrollmentSource;
import org.virtualcampus.platform.error.ConflictException;

/**
 * The queue's part alone: who gets grouped, and that every request gets its own answer. The answers
 * here are refusals naming the member, which is all the queue passes on.
 */
class SeatRequestQueueTest {

  final ExecutorService pool = Executors.newFixedThreadPool(40);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  /** Stands in for the transactional work: answers each member with a refusal naming them. */
  static class Desk extends SeatRequests {
    final List<Integer> groups = new CopyOnWriteArrayList<>();
    final CountDownLatch firstGroupMayFinish = new CountDownLatch(1);
    volatile boolean groupsFail;
    volatile String askedAlone = "";

    @Override
    public Prepared prepare(String cohortId, String memberId, EnrollmentSource source) {
      return new Prepared(memberId, source, null, false, null);
    }

    @Override
    public List<Answer> askTogether(String cohortId, List<Prepared> requests) {
      groups.add(requests.size());
      if (groups.size() == 1) {
        try {
          firstGroupMayFinish.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (groupsFail) {
        throw new IllegalStateException("duplicate key");
      }
      List<Answer> answers = new ArrayList<>();
      requests.forEach(
          r ->
              answers.add(
                  r.memberId().equals(askedAlone)
                      ? new Answer(null, null)
                      : new Answer(null, refusal("together " + r.memberId()))));
      return answers;
    }

    @Override
    public EnrollmentView ask(String cohortId, String memberId, EnrollmentSource source) {
      throw refusal("alone " + memberId);
    }

    static ConflictException refusal(String who) {
      return new ConflictException(who, who);
    }
  }

  private List<Future<String>> askAll(SeatRequestQueue queue, int n) {
    List<Future<String>> asked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String member = "m" + i;
      asked.add(
          pool.submit(
              () -> {
                try {
                  queue.ask("c1", member, EnrollmentSource.REQUEST);
                  return "placed";
                } catch (ConflictException answer) {
                  return answer.getMessage();
                }
              }));
    }
    return asked;
  }

  /**
   * The answers to {@code n} members asking at once, while the first group is held until everyone
   * else has queued behind it.
   */
  private List<String> answers(Desk desk, int n) throws Exception {
    SeatRequestQueue queue = new SeatRequestQueue();
    queue.seatRequests = desk;
    List<Future<String>> asked = askAll(queue, n);
    await().atMost(Duration.ofSeconds(30)).until(() -> queue.waiting("c1") == n - 1);
    desk.firstGroupMayFinish.countDown();
    List<String> answers = new ArrayList<>();
    for (Future<String> answer : asked) {
      answers.add(answer.get(30, TimeUnit.SECONDS));
    }
    return answers;
  }

  @Test
  void requestsArrivingWhileAGroupIsServedAreTakenTogetherAndEachGetsItsOwnAnswer()
      throws Exception {
    Desk desk = new Desk();
    List<String> answers = answers(desk, 40);

    for (int i = 0; i < 40; i++) {
      assertThat(answers.get(i)).isEqualTo("together m" + i);
    }
    assertThat(desk.groups).containsExactly(1, 39);
  }

  @Test
  void aGroupThatFailsIsAskedOneByOne() throws Exception {
    Desk desk = new Desk();
    desk.groupsFail = true;
    List<String> answers = answers(desk, 10);

    for (int i = 0; i < 10; i++) {
      assertThat(answers.get(i)).isEqualTo("alone m" + i);
    }
    assertThat(desk.groups).containsExactly(1, 9);
  }

  @Test
  void aRequestTheGroupCannotAnswerIsAskedOnItsOwn() throws Exception {
    Desk desk = new Desk();
    desk.askedAlone = "m5";
    List<String> answers = answers(desk, 10);

    for (int i = 0; i < 10; i++) {
      assertThat(answers.get(i)).isEqualTo((i == 5 ? "alone m" : "together m") + i);
    }
  }
}
