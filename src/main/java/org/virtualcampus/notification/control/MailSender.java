package org.virtualcampus.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one e-mail (plain text, optionally with an HTML alternative) over SMTP with Jakarta Mail.
 * Without {@code campus.mail.host} it is not configured and nothing is sent: notifications then
 * stay visible in the app only.
 */
@ApplicationScoped
public class MailSender {
  /** Short enough that a hanging server cannot outlast a relay's claim on a message. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  static final Duration IO_TIMEOUT = Duration.ofSeconds(20);

  @Inject
  @ConfigProperty(name = "campus.mail.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "campus.mail.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(
      name = "campus.mail.from",
      defaultValue = "Virtual Campus <no-reply@campus.example>")
  String from;

  @Inject
  @ConfigProperty(name = "campus.mail.username")
  Optional<String> username;

  @Inject
  @ConfigProperty(name = "campus.mail.password")
  Optional<String> password;

  @Inject
  @ConfigProperty(name = "campus.mail.starttls", defaultValue = "false")
  boolean starttls;

  @Inject Clock clock;

  public boolean isConfigured() {
    return host.filter(h -> !h.isBlank()).isPresent();
  }

  /** Where mail goes, for the log; never includes credentials. */
  public String describe() {
    return isConfigured()
        ? host.get() + ":" + port + (starttls ? " (STARTTLS)" : "")
        : "nowhere (no campus.mail.host)";
  }

  public void send(String to, String subject, String body) throws MessagingException {
    send(to, subject, body, null);
  }

  /** Sends plain text, and when {@code html} is given the same as HTML (multipart/alternative). */
  public void send(String to, String subject, String body, String html) throws MessagingException {
    if (!isConfigured()) {
      throw new IllegalStateException("campus.mail.host is not set");
    }
    MimeMessage message = new MimeMessage(Session.getInstance(sessionProperties()));
    message.setFrom(new InternetAddress(from, true));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, StandardCharsets.UTF_8.name());
    if (html == null) {
      message.setText(body, StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart plain = new MimeBodyPart();
      plain.setText(body, StandardCharsets.UTF_8.name());
      MimeBodyPart rich = new MimeBodyPart();
      rich.setText(html, StandardCharsets.UTF_8.name(), "html");
      message.setContent(new MimeMultipart("alternative", plain, rich));
    }
    message.setSentDate(Date.from(clock.instant()));
    if (authenticates()) {
      Transport.send(message, username.get(), password.orElse(""));
    } else {
      Transport.send(message);
    }
  }

  private boolean authenticates() {
    return username.filter(u -> !u.isBlank()).isPresent();
  }

  Properties sessionProperties() {
    Properties p = new Properties();
    p.setProperty("mail.transport.protocol", "smtp");
    p.setProperty("mail.smtp.host", host.orElseThrow());
    p.setProperty("mail.smtp.port", Integer.toString(port));
    p.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
    p.setProperty("mail.smtp.starttls.enable", Boolean.toString(starttls));
    // Asked for STARTTLS means never fall back to sending the password and the mail in clear text.
    p.setProperty("mail.smtp.starttls.required", Boolean.toString(starttls));
    p.setProperty("mail.smtp.connectiontimeout", Long.toString(CONNECT_TIMEOUT.toMillis()));
    p.setProperty("mail.smtp.timeout", Long.toString(IO_TIMEOUT.toMillis()));
    p.setProperty("mail.smtp.writetimeout", Long.toString(IO_TIMEOUT.toMillis()));
    return p;
  }
}
