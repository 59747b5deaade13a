package org.virtualcampus.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.virtualcampus.reporting.entity.Certificate;

/**
 * Certificates and what is printed on them. The holder's name, the course and the dates are read
 * when shown (one projection), so a corrected name or course title appears on the certificate.
 */
@ApplicationScoped
public class CertificateQueries {
  private static final String PRINTED =
      "select x.code, m.display_name, co.title, c.name, c.starts_on, c.ends_on,"
          + " co.weeks * co.weekly_hours, x.issued_at"
          + " from certificate x join member m on m.id = x.member_id"
          + " join cohort c on c.id = x.cohort_id join course co on co.id = c.course_id";

  @PersistenceContext EntityManager em;

  /** What a certificate says, as plain values. */
  public record Printed(
      String code,
      String holderName,
      String courseTitle,
      String cohortName,
      LocalDate startsOn,
      LocalDate endsOn,
      int hours,
      Instant issuedAt) {}

  public Optional<Printed> byCode(String code) {
    return one(PRINTED + " where x.code = ?1", code, null);
  }

  public Optional<Printed> of(String cohortId, String memberId) {
    return one(PRINTED + " where x.cohort_id = ?1 and x.member_id = ?2", cohortId, memberId);
  }

  public Optional<Certificate> find(String cohortId, String memberId) {
    return em.createQuery(
            "select x from Certificate x where x.cohortId = :c and x.memberId = :m",
            Certificate.class)
        .setParameter("c", cohortId)
        .setParameter("m", memberId)
        .getResultStream()
        .findFirst();
  }

  public void add(Certificate certificate) {
    em.persist(certificate);
    em.flush();
  }

  private Optional<Printed> one(String sql, String first, String second) {
    var query = em.createNativeQuery(sql).setParameter(1, first);
    if (second != null) {
      query.setParameter(2, second);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r ->
                new Printed(
                    (String) r[0],
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    date(r[4]),
                    date(r[5]),
                    ((Number) r[6]).intValue(),
                    instant(r[7])));
  }

  private static LocalDate date(Object value) {
    return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return value instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC) : (Instant) value;
  }
}
