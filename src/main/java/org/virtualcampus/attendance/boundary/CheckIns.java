package org.virtualcampus.attendance.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.attendance.control.Register;
import org.virtualcampus.attendance.entity.CheckInCode;
import org.virtualcampus.attendance.entity.CheckInWindow;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.limits.RateLimit;
import org.virtualcampus.platform.limits.RateLimits;

/**
 * Self check-in: the facilitator shows a short code (and a QR code of the check-in link); members
 * of the cohort enter it while the session's window is open. Codes are unique for ever, so one seen
 * in an earlier session never checks anyone in to another.
 */
@ApplicationScoped
@Transactional
public class CheckIns {
  /** No 0/O, 1/I/L: codes are read off a shared screen and typed on phones. */
  private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

  private static final int LENGTH = 6;
  private static final SecureRandom RANDOM = new SecureRandom();

  static final RateLimit WRONG_CODES =
      RateLimit.of("check-in-wrong-codes-per-member", 10, Duration.ofMinutes(10));

  @Inject AttendanceGate gate;
  @Inject CheckInDesk desk;
  @Inject RateLimits limits;
  @Inject Register register;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** The session's code, made the first time the facilitator asks for it. */
  public CheckInCodeView code(String sessionId, Actor actor) {
    AttendanceGate.Taking taking = gate.takeScheduled(sessionId, actor);
    CheckInCode code =
        register.activeCode(sessionId).orElseGet(() -> fresh(sessionId, clock.instant()));
    return view(taking, code);
  }

  /** Retires the session's code (someone shared it outside the room) and makes a new one. */
  public CheckInCodeView rotate(String sessionId, Actor actor) {
    AttendanceGate.Taking taking = gate.takeScheduled(sessionId, actor);
    register.activeCode(sessionId).ifPresent(CheckInCode::retire);
    return view(taking, fresh(sessionId, clock.instant()));
  }

  /**
   * Checks the actor in. Wrong codes count against a per-member limit (outside the transaction, so
   * a refused try still counts): six characters are quick to guess without one.
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public CheckInResult checkIn(
      @NotNull(message = "a request body is required") @Valid CheckInForm form, Actor actor) {
    limits.require(WRONG_CODES, actor.memberId());
    try {
      return desk.checkIn(normalize(form.getCode()), actor);
    } catch (InvalidInputException wrongCode) {
      limits.count(WRONG_CODES, actor.memberId());
      throw wrongCode;
    }
  }

  private CheckInCode fresh(String sessionId, Instant now) {
    String code;
    do {
      StringBuilder b = new StringBuilder(LENGTH);
      for (int i = 0; i < LENGTH; i++) {
        b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      code = b.toString();
    } while (register.codeTaken(code));
    CheckInCode made = new CheckInCode(code, sessionId, now);
    register.keep(made);
    return made;
  }

  static String normalize(String typed) {
    return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private CheckInCodeView view(AttendanceGate.Taking taking, CheckInCode code) {
    CheckInWindow window =
        new CheckInWindow(taking.session().startsAt(), taking.session().endsAt());
    return new CheckInCodeView(
        taking.session().id(),
        code.code(),
        publicUrl.replaceAll("/+$", "") + "/me/check-in.xhtml?code=" + code.code(),
        window.opensAt(),
        window.end());
  }
}
