package org.virtualcampus.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.auth.message.callback.GroupPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.virtualcampus.platform.rest.DatabaseOutage;

/**
 * One mechanism for both doors.
 *
 * <p>Pages: the sign-in form hands its credential over through {@code
 * SecurityContext.authenticate}; the HTTP session remembers the member and the version of their
 * credentials ({@link SessionStamp}). Every page request checks that stamp and reads the roles
 * afresh, so a role taken away, a password change or "sign out everywhere" counts at the next click
 * on every instance. A protected page visited anonymously redirects to the sign-in page.
 *
 * <p>API: only {@code Authorization: Bearer <token>} (from {@code POST /api/v1/tokens}) counts; one
 * indexed lookup finds token, member and roles (or the identity store remembers them). The API
 * ignores the page session cookie entirely: a browser sends cookies along with requests another
 * site makes it send, but never an Authorization header, so no cross-site request can act on the
 * API. A request without a token is anonymous and RoleCheckFeature answers 401 where a role is
 * needed.
 */
@ApplicationScoped
public class CampusAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  @Inject Instance<IdentityStore> storeBeans;

  /**
   * The validating stores, resolved once: asking CDI on every request showed up in profiles, and
   * the stores are application-scoped.
   */
  private List<IdentityStore> stores;

  @PostConstruct
  void resolveStores() {
    stores =
        storeBeans.stream()
            .filter(s -> s.validationTypes().contains(IdentityStore.ValidationType.VALIDATE))
            .sorted(Comparator.comparingInt(IdentityStore::priority))
            .toList();
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential formCredential = context.getAuthParameters().getCredential();
    if (formCredential != null) {
      CredentialValidationResult result = validate(formCredential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
      AuthenticationStatus status = notifyContainer(request, context, result);
      if (result.getCallerPrincipal() instanceof CampusCaller caller) {
        SessionStamp.keep(request.getSession(), caller.credentialsVersion());
      }
      return status;
    }

    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      CredentialValidationResult result;
      try {
        result = validate(new BearerTokenCredential(authorization.substring(7).trim()));
      } catch (RuntimeException e) {
        if (DatabaseOutage.in(e)) {
          return databaseUnavailable(response);
        }
        throw e;
      }
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        return notifyContainer(request, context, result);
      }
      return unauthorized(response);
    }
    if (isApi(request)) {
      return authorization == null ? context.doNothing() : unauthorized(response);
    }

    Principal remembered = request.getUserPrincipal();
    if (remembered != null
        && !context.isAuthenticationRequest()
        && rememberFromSession(request, context, remembered)) {
      return AuthenticationStatus.SUCCESS;
    }

    if (context.isProtected()) {
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

  /**
   * The session remembers who signed in and their credentials version, not what they may do: the
   * identity store checks the version and reads the roles on every request. A session whose member
   * changed their password or signed out everywhere (here or on another instance) is ended.
   */
  private boolean rememberFromSession(
      HttpServletRequest request, HttpMessageContext context, Principal principal) {
    HttpSession session = request.getSession(false);
    OptionalLong stamp = SessionStamp.of(session);
    CredentialValidationResult result =
        stamp.isEmpty()
            ? CredentialValidationResult.INVALID_RESULT
            : validate(new SessionCredential(principal.getName(), stamp.getAsLong()));
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      if (session != null) {
        try {
          session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
          // ended meanwhile by a parallel request of the same browser
        }
      }
      return false;
    }
    var subject = context.getClientSubject();
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {
                new CallerPrincipalCallback(subject, principal.getName()),
                new GroupPrincipalCallback(subject, result.getCallerGroups().toArray(String[]::new))
              });
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the remembered sign-in", e);
    }
    request.setAttribute(
        RequestCaller.ATTRIBUTE, new RequestCaller(principal.getName(), result.getCallerGroups()));
    return true;
  }

  private static AuthenticationStatus notifyContainer(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    request.setAttribute(
        RequestCaller.ATTRIBUTE,
        new RequestCaller(result.getCallerPrincipal().getName(), result.getCallerGroups()));
    return context.notifyContainerAboutLogin(result);
  }

  /** The first store that knows the kind of credential decides. */
  private CredentialValidationResult validate(Credential credential) {
    for (IdentityStore store : stores) {
      CredentialValidationResult result = store.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.NOT_VALIDATED) {
        return result;
      }
    }
    return CredentialValidationResult.INVALID_RESULT;
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  /** The token could not be checked: a 503 problem+json the client may retry, not a stack trace. */
  private static AuthenticationStatus databaseUnavailable(HttpServletResponse response) {
    try {
      response.setStatus(503);
      response.setHeader("Retry-After", "5");
      response.setContentType("application/problem+json");
      response.getWriter().write(JSONB.toJson(DatabaseOutage.problem()));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static final jakarta.json.bind.Jsonb JSONB = jakarta.json.bind.JsonbBuilder.create();

  /** Same answer for an unknown, expired or revoked token and for an unsupported scheme. */
  private static AuthenticationStatus unauthorized(HttpServletResponse response) {
    try {
      response.setStatus(401);
      response.setHeader(
          "WWW-Authenticate", "Bearer realm=\"Virtual Campus\", error=\"invalid_token\"");
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              "{\"type\":\"urn:virtual-campus:problem:unauthenticated\",\"title\":\"Unauthorized\",\"status\":401,"
                  + "\"detail\":\"The bearer token is not valid: unknown, expired or revoked."
                  + " Get a new one with POST /api/v1/tokens.\"}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
