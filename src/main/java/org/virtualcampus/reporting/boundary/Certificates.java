package org.virtualcampus.reporting.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.virtualcampus.attendance.boundary.AttendanceRate;
import org.virtualcampus.attendance.boundary.AttendanceReports;
import org.virtualcampus.enrollment.boundary.CohortAccess;
import org.virtualcampus.enrollment.boundary.CohortStanding;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.boundary.ModuleStanding;
import org.virtualcampus.learning.boundary.Progress;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;
import org.virtualcampus.platform.pdf.TablePdf;
import org.virtualcampus.reporting.control.CertificateQueries;
import org.virtualcampus.reporting.control.CertificateQueries.Printed;
import org.virtualcampus.reporting.entity.Certificate;

/**
 * Certificates of completion: a participant who meets the course's completion rule earns one, with
 * a code anyone can verify without signing in.
 */
@ApplicationScoped
public class Certificates {
  /** The completion rule: attendance and homework done, each at least this percent. */
  public static final int ATTENDANCE_PERCENT = 80;

  public static final int HOMEWORK_PERCENT = 80;

  @Inject CohortAccess access;
  @Inject AttendanceReports attendance;
  @Inject Progress progress;
  @Inject CertificateQueries certificates;
  @Inject Clock clock;

  /** Issues the actor's certificate, or answers the one issued; 409 with what is missing. */
  @Transactional
  public Issued earn(String cohortId, Actor actor) {
    CohortStanding standing = participant(cohortId, actor);
    if (certificates.find(cohortId, actor.memberId()).isEmpty()) {
      List<String> unmet = unmet(standing, actor.memberId());
      if (!unmet.isEmpty()) {
        throw new ConflictException("Completion rule not met", String.join("; ", unmet) + ".");
      }
      certificates.add(new Certificate(cohortId, actor.memberId(), clock.instant()));
      return new Issued(true, mine(cohortId, actor));
    }
    return new Issued(false, mine(cohortId, actor));
  }

  /** Whether the certificate was issued now, and the certificate. */
  public record Issued(boolean created, CertificateView certificate) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public CertificateView mine(String cohortId, Actor actor) {
    participant(cohortId, actor);
    return certificates
        .of(cohortId, actor.memberId())
        .map(Certificates::view)
        .orElseThrow(() -> new NotFoundException("Certificate", cohortId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] minePdf(String cohortId, Actor actor) {
    CertificateView c = mine(cohortId, actor);
    return TablePdf.write(
        "Certificate of completion",
        List.of(
            "This certifies that " + c.holderName(),
            "completed the course " + c.courseTitle(),
            "in the cohort " + c.cohortName() + ",",
            "from " + c.startsOn() + " to " + c.endsOn() + ",",
            c.hours() + " hours of study.",
            "Verification code: " + c.code()),
        List.of());
  }

  /**
   * The actor's standing on the completion rule in each cohort they hold a place in, for their
   * certificates page. A few statements per cohort: a member holds places in a handful.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<CompletionStanding> standings(Actor actor) {
    List<CompletionStanding> standings = new ArrayList<>();
    for (String cohortId : access.cohortsOf(actor.memberId())) {
      CohortStanding standing = access.standing(cohortId, actor);
      if (standing.enrolled()) {
        standings.add(standingIn(standing, actor.memberId()));
      }
    }
    return standings;
  }

  private CompletionStanding standingIn(CohortStanding standing, String memberId) {
    AttendanceRate rate = attendance.rateOf(memberId, standing.cohort().id());
    ModuleStanding modules = progress.standingOf(memberId, standing.cohort());
    BigDecimal homework =
        modules.modules() == 0
            ? null
            : BigDecimal.valueOf(modules.homeworkPercent()).setScale(1, RoundingMode.HALF_UP);
    return new CompletionStanding(
        standing.cohort().id(),
        standing.cohort().name(),
        rate.percent(),
        ATTENDANCE_PERCENT,
        modules.homeworkDone(),
        modules.modules(),
        homework,
        HOMEWORK_PERCENT,
        meets(rate, modules),
        certificates.find(standing.cohort().id(), memberId).map(Certificate::code).orElse(null));
  }

  private static boolean meets(AttendanceRate rate, ModuleStanding modules) {
    return rate.percent() != null
        && rate.percent().doubleValue() >= ATTENDANCE_PERCENT
        && modules.modules() > 0
        && modules.homeworkPercent() >= HOMEWORK_PERCENT;
  }

  /** Public: what a code certifies, or 404 for a code never issued. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CertificateView verify(String code) {
    Optional<Printed> printed =
        code == null || code.length() > 16 ? Optional.empty() : certificates.byCode(code);
    return printed
        .map(Certificates::view)
        .orElseThrow(() -> new NotFoundException("Certificate", code));
  }

  private CohortStanding participant(String cohortId, Actor actor) {
    CohortStanding standing = access.standing(cohortId, actor);
    if (!standing.enrolled()) {
      throw new AccessDeniedException("You hold no place in this cohort.");
    }
    return standing;
  }

  private List<String> unmet(CohortStanding standing, String memberId) {
    List<String> unmet = new ArrayList<>();
    AttendanceRate rate = attendance.rateOf(memberId, standing.cohort().id());
    if (rate.percent() == null) {
      unmet.add("no attendance has been taken yet");
    } else if (rate.percent().doubleValue() < ATTENDANCE_PERCENT) {
      unmet.add(
          "attendance is " + rate.percent() + "%, at least " + ATTENDANCE_PERCENT + "% is needed");
    }
    ModuleStanding modules = progress.standingOf(memberId, standing.cohort());
    if (modules.modules() == 0 || modules.homeworkPercent() < HOMEWORK_PERCENT) {
      unmet.add(
          "homework is done in "
              + modules.homeworkDone()
              + " of "
              + modules.modules()
              + " modules, at least "
              + HOMEWORK_PERCENT
              + "% is needed");
    }
    return unmet;
  }

  private static CertificateView view(Printed p) {
    return new CertificateView(
        p.code(),
        p.holderName(),
        p.courseTitle(),
        p.cohortName(),
        p.startsOn(),
        p.endsOn(),
        p.hours(),
        p.issuedAt());
  }
}
