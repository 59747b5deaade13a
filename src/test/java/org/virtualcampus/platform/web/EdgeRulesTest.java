package org.virtualcampus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class EdgeRulesTest {

  @Test
  void sessionCookieGetsSameSiteAlwaysAndSecureOnlyOverHttps() {
    String container = "JSESSIONID=abc; Path=/; HttpOnly";
    assertThat(Cookies.complete(container, false))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax");
    assertThat(Cookies.complete(container, true))
        .isEqualTo("JSESSIONID=abc; Path=/; HttpOnly; SameSite=Lax; Secure");
  }

  @Test
  void cookieThatAlreadyHasTheAttributesIsLeftAlone() {
    String done = "JSESSIONID=abc; Path=/; Secure; HttpOnly; SameSite=Strict";
    assertThat(Cookies.complete(done, true)).isEqualTo(done);
  }

  @Test
  void aCookieNamedSecureIsNotTheSecureAttribute() {
    assertThat(Cookies.complete("secure=1; Path=/", true)).endsWith("; Secure");
  }

  @Test
  void onlyTheFirstForwardedProtoCountsAndOnlyWhenTheProxyIsTrusted() {
    assertThat(Https.forwardedHttps("https")).isTrue();
    assertThat(Https.forwardedHttps("HTTPS, http")).isTrue();
    assertThat(Https.forwardedHttps("http, https")).isFalse();
    assertThat(Https.forwardedHttps(null)).isFalse();
  }

  @Test
  void expiredViewStateIsTheClientsProblemNotOurs() {
    var wrapped = new ServletException(new ViewExpiredException("gone", "/x.xhtml"));
    assertThat(EdgeFilter.clientErrorStatus(wrapped)).isEqualTo(400);
    assertThat(EdgeFilter.clientErrorStatus(new IllegalStateException("PWC4002: Post too large")))
        .isEqualTo(413);
    assertThat(EdgeFilter.clientErrorStatus(new ServletException(new NullPointerException())))
        .isZero();
  }
}
