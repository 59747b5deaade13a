package org.virtualcampus.enrollment.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.virtualcampus.enrollment.entity.EnrollmentSource;

/**
 * Requests for a seat in the same cohort that reach this instance at the same time are taken
 * together: one of the waiting requests takes everyone queued behind it (up to {@value
 * #MOST_TOGETHER}) in one transaction under one cohort lock, in the order they arrived, and hands
 * the lead to the next one waiting when it is done. During an enrolment rush the cohort row is then
 * locked once per group instead of once per request, which is what limited the rush: every request
 * waited for the lock while holding a database connection. Between instances the lock still decides
 * the order, so nothing changes for the invariants.
 */
@ApplicationScoped
public class SeatRequestQueue {
  static final int MOST_TOGETHER = 50;

  @Inject SeatRequests seatRequests;

  private final Map<String, Lane> lanes = new ConcurrentHashMap<>();

  /** {@link SeatRequests#ask}, taken together with the other requests for the cohort. */
  public EnrollmentView ask(String cohortId, String memberId, EnrollmentSource source) {
    SeatRequests.Prepared prepared = seatRequests.prepare(cohortId, memberId, source);
    if (prepared.placed()) {
      return seatRequests.ask(cohortId, memberId, source); // rejoining reads the place again
    }
    // prepare() refused unknown cohorts, so lanes exist only for real ones
    Lane lane = lanes.computeIfAbsent(cohortId, id -> new Lane());
    Waiting mine = new Waiting(prepared);
    lane.queue.add(mine);
    while (!mine.answered()) {
      if (lane.leading.compareAndSet(false, true)) {
        try {
          serve(cohortId, lane);
        } finally {
          lane.leading.set(false);
          // Whoever queued while this one led waits for a turn: wake the first of them.
          Waiting next = lane.queue.peek();
          if (next != null) {
            next.bell.release();
          }
        }
      } else {
        mine.bell.acquireUninterruptibly();
      }
    }
    return mine.answer();
  }

  /** Requests for the cohort queued behind the one being served (tests watch it). */
  int waiting(String cohortId) {
    Lane lane = lanes.get(cohortId);
    return lane == null ? 0 : lane.queue.size();
  }

  private void serve(String cohortId, Lane lane) {
    List<Waiting> group = new ArrayList<>();
    for (Waiting w; group.size() < MOST_TOGETHER && (w = lane.queue.poll()) != null; ) {
      group.add(w);
    }
    try {
      List<SeatRequests.Answer> answers =
          seatRequests.askTogether(cohortId, group.stream().map(w -> w.prepared).toList());
      for (int i = 0; i < group.size(); i++) {
        SeatRequests.Answer answer = answers.get(i);
        if (answer.place() != null || answer.refusal() != null) {
          group.get(i).answer(answer.place(), answer.refusal());
        }
      }
    } catch (RuntimeException groupFailed) {
      // One request spoiled the group (say, the same member's request through another instance
      // took the place first): ask each on its own, so each gets its own answer.
    } finally {
      answerAlone(cohortId, group);
    }
  }

  /** Asks each unanswered request of the group on its own; every one is answered, come what may. */
  private void answerAlone(String cohortId, List<Waiting> group) {
    Error fatal = null;
    for (Waiting w : group) {
      if (w.answered()) {
        continue;
      }
      try {
        w.answer(seatRequests.ask(cohortId, w.prepared.memberId(), w.prepared.source()), null);
      } catch (RuntimeException refused) {
        w.answer(null, refused);
      } catch (Error e) {
        w.answer(null, new IllegalStateException("The seat request could not be taken", e));
        fatal = fatal == null ? e : fatal;
      }
    }
    if (fatal != null) {
      throw fatal;
    }
  }

  private static final class Lane {
    final Queue<Waiting> queue = new ConcurrentLinkedQueue<>();
    final AtomicBoolean leading = new AtomicBoolean();
  }

  private static final class Waiting {
    final SeatRequests.Prepared prepared;
    final Semaphore bell = new Semaphore(0);
    private volatile boolean answered;
    private EnrollmentView place;
    private RuntimeException refusal;

    Waiting(SeatRequests.Prepared prepared) {
      this.prepared = prepared;
    }

    boolean answered() {
      return answered;
    }

    void answer(EnrollmentView place, RuntimeException refusal) {
      this.place = place;
      this.refusal = refusal;
      answered = true;
      bell.release();
    }

    EnrollmentView answer() {
      if (refusal != null) {
        throw refusal;
      }
      return place;
    }
  }
}
