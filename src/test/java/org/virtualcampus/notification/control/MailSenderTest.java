package org.virtualcampus.notification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender against a real SMTP server on a free loopback port. */
class MailSenderTest {

  @RegisterExtension
  static final GreenMailExtension smtp =
      new GreenMailExtension(
          new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  final Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);
  MailSender sender;

  @BeforeEach
  void configure() {
    sender = new MailSender();
    sender.host = Optional.of("127.0.0.1");
    sender.port = smtp.getSmtp().getPort();
    sender.from = "Virtual Campus <no-reply@campus.example>";
    sender.username = Optional.empty();
    sender.password = Optional.empty();
    sender.starttls = false;
    sender.clock = clock;
  }

  @Test
  void sendsAPlainTextMailFromTheCampusToTheRecipient() throws Exception {
    sender.send("nora@example.org", "Welcome to Virtual Campus — café", "Hello Nora,\nwelcome.");

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(mail.getSubject()).isEqualTo("Welcome to Virtual Campus — café");
    assertThat(mail.getRecipients(Message.RecipientType.TO))
        .extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly("nora@example.org");
    InternetAddress from = (InternetAddress) mail.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("no-reply@campus.example");
    assertThat(from.getPersonal()).isEqualTo("Virtual Campus");
    assertThat(mail.getSentDate().toInstant()).isEqualTo(clock.instant());
    assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
        .isEqualTo("Hello Nora,\nwelcome.");
  }

  @Test
  void withoutAHostNothingIsConfigured() {
    sender.host = Optional.empty();
    assertThat(sender.isConfigured()).isFalse();
    sender.host = Optional.of(" ");
    assertThat(sender.isConfigured()).isFalse();
  }

  @Test
  void invalidRecipientIsRefusedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> sender.send("not an address", "Subject", "Body"))
        .isInstanceOf(MessagingException.class);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  @Test
  void unreachableServerFailsWithinTheTimeouts() {
    int port = smtp.getSmtp().getPort();
    smtp.stop();
    sender.port = port;
    long started = System.nanoTime();
    assertThatThrownBy(() -> sender.send("nora@example.org", "Subject", "Body"))
        .isInstanceOf(MessagingException.class);
    assertThat((System.nanoTime() - started) / 1_000_000)
        .isLessThan(MailSender.CONNECT_TIMEOUT.toMillis());
  }

  @Test
  void starttlsWhenAskedForIsRequiredNotOptional() {
    sender.starttls = true;
    assertThat(sender.sessionProperties())
        .containsEntry("mail.smtp.starttls.enable", "true")
        .containsEntry("mail.smtp.starttls.required", "true")
        .containsEntry("mail.smtp.auth", "false");
  }

  @Test
  void credentialsTurnOnSmtpAuthentication() {
    sender.username = Optional.of("relay");
    sender.password = Optional.of("secret");
    assertThat(sender.sessionProperties()).containsEntry("mail.smtp.auth", "true");
  }
}
