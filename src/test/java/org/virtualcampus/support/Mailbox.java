package org.virtualcampus.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The SMTP server of the whole integration suite (GreenMail on loopback, on the port the build
 * gives the campus as {@code campus.it.mail.port}). It starts before the campus is deployed, so no
 * notice ever meets a missing server unless a test stops it on purpose to play an outage.
 */
public final class Mailbox {
  public static final int PORT = Integer.getInteger("campus.it.mail.port", 3025);
  private static GreenMail smtp;

  private Mailbox() {}

  public static synchronized void start() {
    if (smtp == null) {
      smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
    }
  }

  /**
   * Takes the server away: the campus's tries fail with "connection refused" until {@link #start}.
   */
  public static synchronized void stop() {
    if (smtp != null) {
      smtp.stop();
      smtp = null;
    }
  }

  public static synchronized List<MimeMessage> to(String email) {
    if (smtp == null) {
      return List.of();
    }
    return Arrays.stream(smtp.getReceivedMessages()).filter(m -> isFor(m, email)).toList();
  }

  /** Waits up to {@code within} for a mail to {@code email} that {@code matches}. */
  public static MimeMessage await(String email, Predicate<MimeMessage> matches, Duration within) {
    return org.awaitility.Awaitility.await("a mail to " + email)
        .atMost(within)
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> to(email).stream().filter(matches).reduce((first, second) -> second),
            java.util.Optional::isPresent)
        .get();
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The plain-text part, decoded (quoted-printable and all). */
  public static String text(MimeMessage mail) {
    try {
      return text((Part) mail).replace("\r\n", "\n");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Part part) throws MessagingException, IOException {
    if (part.isMimeType("text/plain")) {
      return (String) part.getContent();
    }
    if (part.getContent() instanceof Multipart multi) {
      for (int i = 0; i < multi.getCount(); i++) {
        BodyPart body = multi.getBodyPart(i);
        if (body.isMimeType("text/plain") || body.getContent() instanceof Multipart) {
          return text(body);
        }
      }
    }
    return "";
  }

  private static boolean isFor(MimeMessage mail, String email) {
    try {
      Address[] to = mail.getAllRecipients();
      return to != null
          && Arrays.stream(to)
              .anyMatch(a -> email.equalsIgnoreCase(((InternetAddress) a).getAddress()));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
