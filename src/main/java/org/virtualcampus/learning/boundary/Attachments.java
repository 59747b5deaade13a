package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.files.boundary.Files;
import org.virtualcampus.files.boundary.StoredFileView;

/**
 * The files of each homework version (table {@code submission_file}). A file stays claimed in
 * storage while any version refers to it, so the cleanup never takes a file someone handed in.
 */
@ApplicationScoped
class Attachments {
  static final int MAX_FILES = 10;

  @PersistenceContext EntityManager em;
  @Inject Files files;

  /** Each version's files in the order they were attached, in two statements for any number. */
  Map<String, List<AttachmentView>> of(List<String> submissionIds) {
    Map<String, List<AttachmentView>> bySubmission = new HashMap<>();
    if (submissionIds.isEmpty()) {
      return bySubmission;
    }
    var query =
        em.createNativeQuery(
            "select submission_id, file_id from submission_file where submission_id in ("
                + placeholders(submissionIds.size())
                + ") order by position, file_id");
    for (int i = 0; i < submissionIds.size(); i++) {
      query.setParameter(i + 1, submissionIds.get(i));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.isEmpty() ? bySubmission : group(rows);
  }

  private Map<String, List<AttachmentView>> group(List<Object[]> rows) {
    Map<String, StoredFileView> stored = new HashMap<>();
    files
        .find(rows.stream().map(r -> (String) r[1]).distinct().toList())
        .forEach(f -> stored.put(f.id(), f));
    Map<String, List<AttachmentView>> bySubmission = new LinkedHashMap<>();
    for (Object[] row : rows) {
      StoredFileView f = stored.get((String) row[1]);
      if (f != null) {
        bySubmission
            .computeIfAbsent((String) row[0], k -> new ArrayList<>())
            .add(
                new AttachmentView(f.id(), f.fileName(), f.mediaType(), f.sizeBytes(), f.sha256()));
      }
    }
    return bySubmission;
  }

  long countOf(String submissionId) {
    return ((Number)
            em.createNativeQuery("select count(*) from submission_file where submission_id = ?1")
                .setParameter(1, submissionId)
                .getSingleResult())
        .longValue();
  }

  void attach(String submissionId, StoredFileView file) {
    em.createNativeQuery(
            "insert into submission_file (submission_id, file_id, position)"
                + " select ?1, ?2, coalesce(max(position), 0) + 1 from submission_file"
                + " where submission_id = ?1")
        .setParameter(1, submissionId)
        .setParameter(2, file.id())
        .executeUpdate();
    files.claim(List.of(file.id()));
  }

  /** Takes a file off a draft; false when the draft has no such file. */
  boolean detach(String submissionId, String fileId) {
    int removed =
        em.createNativeQuery(
                "delete from submission_file where submission_id = ?1 and file_id = ?2")
            .setParameter(1, submissionId)
            .setParameter(2, fileId)
            .executeUpdate();
    if (removed > 0 && !referenced(fileId)) {
      files.unclaim(List.of(fileId));
    }
    return removed > 0;
  }

  /** A new version starts with the files of the one before. */
  void carryOver(String fromSubmissionId, String toSubmissionId) {
    em.createNativeQuery(
            "insert into submission_file (submission_id, file_id, position)"
                + " select ?2, file_id, position from submission_file where submission_id = ?1")
        .setParameter(1, fromSubmissionId)
        .setParameter(2, toSubmissionId)
        .executeUpdate();
  }

  /** The versions (id, cohort, member, state) that hold a file, for deciding who may read it. */
  List<Object[]> holdersOf(String fileId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select s.id, s.cohort_id, s.member_id, s.state from submission_file f"
                    + " join submission s on s.id = f.submission_id where f.file_id = ?1")
            .setParameter(1, fileId)
            .getResultList();
    return rows;
  }

  private boolean referenced(String fileId) {
    return !em.createNativeQuery("select 1 from submission_file where file_id = ?1")
        .setParameter(1, fileId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private static String placeholders(int n) {
    StringBuilder marks = new StringBuilder();
    for (int i = 1; i <= n; i++) {
      marks.append(i == 1 ? "?" : ", ?").append(i);
    }
    return marks.toString();
  }
}
