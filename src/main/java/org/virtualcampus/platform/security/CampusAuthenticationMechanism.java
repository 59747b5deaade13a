package org.virtualcampus.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;

/**
 * One mechanism for both doors. Pages: the sign-in form hands its credential over through {@code
 * SecurityContext.authenticate}, and the HTTP session remembers the member afterwards. API: HTTP
 * Basic on every request, no session. A protected page visited anonymously redirects to the sign-in
 * page; the API answers 401 (see RoleCheckFeature).
 */
@ApplicationScoped
public class CampusAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject IdentityStoreHandler identityStores;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      CredentialValidationResult result = identityStores.validate(formCredential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      return context.notifyContainerAboutLogin(result);
    }

    Principal remembered = request.getUserPrincipal();
    if (remembered != null && !context.isAuthenticationRequest()) {
      return rememberFromSession(context, remembered);
    }

    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      UsernamePasswordCredential basic = decodeBasic(authorization.substring(6).trim());
      CredentialValidationResult result =
          basic == null
              ? CredentialValidationResult.INVALID_RESULT
              : identityStores.validate(basic);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return context.notifyContainerAboutLogin(result);
      }
      return unauthorized(response);
    }

    if (context.isProtected() && !isApi(request)) {
      String target = request.getRequestURI().substring(request.getContextPath().length());
      if (request.getQueryString() != null) {
        target += "?" + request.getQueryString();
      }
      return context.redirect(
          request.getContextPath()
              + LOGIN_PAGE
              + "?next="
              + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private static AuthenticationStatus rememberFromSession(
      HttpMessageContext context, Principal principal) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), principal)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the remembered sign-in", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static UsernamePasswordCredential decodeBasic(String token) {
    try {
      String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0
          ? null
          : new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Same answer for an unknown e-mail, a wrong password and a locked account. */
  private static AuthenticationStatus unauthorized(HttpServletResponse response) {
    try {
      response.setStatus(401);
      response.setHeader("WWW-Authenticate", "Basic realm=\"Virtual Campus\", charset=\"UTF-8\"");
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"urn:virtual-campus:problem:unauthenticated\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"Sign-in failed. Check the e-mail address and password.\"}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
