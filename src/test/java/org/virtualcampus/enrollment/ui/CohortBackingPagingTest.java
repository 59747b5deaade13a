package org.virtualcampus.enrollment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.virtualcampus.enrollment.boundary.EnrollmentView;
import org.virtualcampus.enrollment.boundary.Waitlists;
import org.virtualcampus.enrollment.entity.EnrollmentStatus;
import org.virtualcampus.identity.boundary.CurrentActor;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.paging.Page;
import org.virtualcampus.platform.paging.PageRequest;

/** The cohort page's seat holders and waitlist page in the service, past the old 200-row cut. */
class CohortBackingPagingTest {
  static final int WAITING = 457;
  static final int SEATED = 230;

  static EnrollmentView place(int n, String status, Integer position, Long waiting) {
    return new EnrollmentView(
        "e" + n,
        "c1",
        "Cohort 1",
        "Feedback",
        "m" + n,
        "Member " + n,
        "NURSE",
        status,
        "REQUEST",
        position,
        waiting,
        null,
        null,
        null);
  }

  /** A stand-in for the service that records every page asked for. */
  static class FakeWaitlists extends Waitlists {
    final List<PageRequest> asked = new ArrayList<>();

    @Override
    public Page<EnrollmentView> waitlist(String cohortId, Actor actor, PageRequest paging) {
      asked.add(paging);
      List<EnrollmentView> items =
          IntStream.rangeClosed(
                  paging.offset() + 1, Math.min(WAITING, paging.offset() + paging.size()))
              .mapToObj(i -> place(i, "WAITLISTED", i, (long) WAITING))
              .toList();
      return new Page<>(items, paging.page(), paging.size(), WAITING);
    }

    @Override
    public Page<EnrollmentView> roster(
        String cohortId, Actor actor, Collection<EnrollmentStatus> statuses, PageRequest paging) {
      asked.add(paging);
      List<EnrollmentView> items =
          IntStream.rangeClosed(
                  paging.offset() + 1, Math.min(SEATED, paging.offset() + paging.size()))
              .mapToObj(i -> place(i, "ENROLLED", null, null))
              .toList();
      return new Page<>(items, paging.page(), paging.size(), SEATED);
    }
  }

  static class Coordinator extends CurrentActor {
    @Override
    public Actor get() {
      return new Actor("coord", Set.of(Role.COORDINATOR));
    }
  }

  CohortBacking page(FakeWaitlists waitlists) {
    CohortBacking backing = new CohortBacking();
    backing.waitlists = waitlists;
    backing.current = new Coordinator();
    backing.setId("c1");
    return backing;
  }

  @Test
  void everyoneWaitingIsReachablePageByPageWithTheTotal() {
    FakeWaitlists waitlists = new FakeWaitlists();
    CohortBacking backing = page(waitlists);
    List<Integer> positions = new ArrayList<>();
    for (int first = 0; first < WAITING; first += 50) {
      backing
          .getWaitlist()
          .load(first, 50, Map.of(), Map.of())
          .forEach(w -> positions.add(w.position()));
      assertThat(backing.getWaitlist().getRowCount()).isEqualTo(WAITING);
    }
    assertThat(positions)
        .containsExactlyElementsOf(IntStream.rangeClosed(1, WAITING).boxed().toList());
    // each page is asked of the service (and so of the database), never the whole list
    assertThat(waitlists.asked).allSatisfy(p -> assertThat(p.size()).isEqualTo(50));
  }

  @Test
  void seatHoldersBeyondTheFirst200AreReachable() {
    FakeWaitlists waitlists = new FakeWaitlists();
    CohortBacking backing = page(waitlists);
    List<EnrollmentView> lastPage = backing.getSeated().load(225, 25, Map.of(), Map.of());
    assertThat(lastPage)
        .extracting(EnrollmentView::memberName)
        .containsExactly("Member 226", "Member 227", "Member 228", "Member 229", "Member 230");
    assertThat(backing.getSeated().getRowCount()).isEqualTo(SEATED);
    assertThat(waitlists.asked).containsExactly(new PageRequest(9, 25));
  }
}
