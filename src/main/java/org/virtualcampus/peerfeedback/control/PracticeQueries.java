package org.virtualcampus.peerfeedback.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.virtualcampus.peerfeedback.entity.PlannedSeat;
import org.virtualcampus.peerfeedback.entity.PracticeForm;
import org.virtualcampus.peerfeedback.entity.PracticeGroupRow;
import org.virtualcampus.peerfeedback.entity.PracticeMember;
import org.virtualcampus.peerfeedback.entity.PracticeRun;

/** Reads and writes practice runs, their groups and forms. Callers hold the transaction. */
@ApplicationScoped
public class PracticeQueries {
  @PersistenceContext EntityManager em;

  public void keep(Object made) {
    em.persist(made);
  }

  public void flush() {
    em.flush();
  }

  public Optional<PracticeRun> run(String sessionId, boolean lock) {
    return Optional.ofNullable(
        lock
            ? em.find(PracticeRun.class, sessionId, LockModeType.PESSIMISTIC_WRITE)
            : em.find(PracticeRun.class, sessionId));
  }

  public List<PracticeGroupRow> groups(String sessionId) {
    return em.createQuery(
            "select g from PracticeGroupRow g where g.sessionId = :s order by g.number",
            PracticeGroupRow.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  public List<PracticeMember> members(String sessionId) {
    return em.createQuery(
            "select m from PracticeMember m where m.sessionId = :s order by m.groupId, m.position",
            PracticeMember.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** Each group's member ids in position order, by group id, groups in number order. */
  public Map<String, List<String>> membersByGroup(String sessionId) {
    Map<String, List<String>> byGroup = new LinkedHashMap<>();
    groups(sessionId).forEach(g -> byGroup.put(g.id(), new ArrayList<>()));
    members(sessionId).stream()
        .sorted(Comparator.comparingInt(PracticeMember::position))
        .forEach(
            m -> byGroup.computeIfAbsent(m.groupId(), k -> new ArrayList<>()).add(m.memberId()));
    return byGroup;
  }

  /** How many members of each group rotate through giver and receiver (late arrivals do not). */
  public Map<String, Integer> rotatingByGroup(String sessionId) {
    Map<String, Integer> rotating = new LinkedHashMap<>();
    for (PracticeMember m : members(sessionId)) {
      rotating.merge(m.groupId(), m.late() ? 0 : 1, Integer::sum);
    }
    return rotating;
  }

  /** Rounds in all: every rotating member of the largest group gives once. */
  public int rounds(String sessionId) {
    return rotatingByGroup(sessionId).values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  public Optional<PracticeMember> member(String sessionId, String memberId) {
    return Optional.ofNullable(
        em.find(PracticeMember.class, new PracticeMember.Key(sessionId, memberId)));
  }

  /** Forgets a run's groups before they are formed again. */
  public void dropGroups(String sessionId) {
    em.createQuery("delete from PracticeMember m where m.sessionId = :s")
        .setParameter("s", sessionId)
        .executeUpdate();
    em.createQuery("delete from PracticeGroupRow g where g.sessionId = :s")
        .setParameter("s", sessionId)
        .executeUpdate();
  }

  /** The groups of earlier sessions (member ids per group), for avoiding repeated pairs. */
  public Collection<List<String>> earlierGroups(Collection<String> sessionIds) {
    Map<String, List<String>> byGroup = new LinkedHashMap<>();
    if (sessionIds.isEmpty()) {
      return byGroup.values();
    }
    em.createQuery(
            "select m.groupId, m.memberId from PracticeMember m where m.sessionId in :s",
            Object[].class)
        .setParameter("s", new ArrayList<>(sessionIds))
        .getResultList()
        .forEach(
            r -> byGroup.computeIfAbsent((String) r[0], k -> new ArrayList<>()).add((String) r[1]));
    return byGroup.values();
  }

  public List<PracticeForm> forms(String sessionId) {
    return em.createQuery(
            "select f from PracticeForm f where f.sessionId = :s order by f.round, f.kind",
            PracticeForm.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  public Optional<PracticeForm> form(
      String sessionId,
      int round,
      org.virtualcampus.peerfeedback.entity.FormKind kind,
      String authorId,
      String giverId) {
    return em.createQuery(
            "select f from PracticeForm f where f.sessionId = :s and f.round = :r and f.kind = :k"
                + " and f.authorId = :a and f.giverId = :g",
            PracticeForm.class)
        .setParameter("s", sessionId)
        .setParameter("r", round)
        .setParameter("k", kind)
        .setParameter("a", authorId)
        .setParameter("g", giverId)
        .getResultStream()
        .findFirst();
  }

  /** Every form about rounds this member gave, across sessions, oldest first. */
  public List<PracticeForm> aboutGiver(String giverId) {
    return em.createQuery(
            "select f from PracticeForm f where f.giverId = :g order by f.updatedAt",
            PracticeForm.class)
        .setParameter("g", giverId)
        .getResultList();
  }

  /** The runs of these sessions. */
  public List<PracticeRun> runs(Collection<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select r from PracticeRun r where r.sessionId in :s", PracticeRun.class)
        .setParameter("s", new ArrayList<>(sessionIds))
        .getResultList();
  }

  /** Members and forms of these sessions, for the cohort's figures. */
  public List<PracticeMember> membersOf(Collection<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select m from PracticeMember m where m.sessionId in :s", PracticeMember.class)
        .setParameter("s", new ArrayList<>(sessionIds))
        .getResultList();
  }

  public List<PracticeForm> formsOf(Collection<String> sessionIds) {
    if (sessionIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from PracticeForm f where f.sessionId in :s", PracticeForm.class)
        .setParameter("s", new ArrayList<>(sessionIds))
        .getResultList();
  }

  /** The seats planned for the session, group by group, each group in planned order. */
  public List<PlannedSeat> plan(String sessionId) {
    return em.createQuery(
            "select s from PlannedSeat s where s.sessionId = :s"
                + " order by s.groupNumber, s.position, s.memberId",
            PlannedSeat.class)
        .setParameter("s", sessionId)
        .getResultList();
  }

  /** Takes the whole plan away at once, so a new one can seat the same members. */
  public void dropPlan(String sessionId) {
    em.createQuery("delete from PlannedSeat s where s.sessionId = :s")
        .setParameter("s", sessionId)
        .executeUpdate();
  }
}
