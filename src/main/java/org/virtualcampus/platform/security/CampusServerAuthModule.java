package org.virtualcampus.platform.security;

import jakarta.security.auth.message.AuthException;
import jakarta.security.auth.message.AuthStatus;
import jakarta.security.auth.message.MessageInfo;
import jakarta.security.auth.message.MessagePolicy;
import jakarta.security.auth.message.module.ServerAuthModule;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import org.glassfish.soteria.mechanisms.HttpMessageContextImpl;
import org.glassfish.soteria.mechanisms.jaspic.Jaspic;

/**
 * Hands each request to the campus mechanism the way Soteria's bridge module does, with the
 * mechanism resolved once. The bridge looks the mechanism up through JNDI and CDI three times per
 * request (validate, secure response, clean subject), and every lookup builds an {@code
 * InitialContext} and a {@code NamingException} with a full stack trace before it even tries: in
 * profiles of a constant public GET that was the largest single cost after the socket work.
 */
final class CampusServerAuthModule implements ServerAuthModule {

  private static final Class<?>[] MESSAGE_TYPES = {
    HttpServletRequest.class, HttpServletResponse.class
  };

  private final HttpAuthenticationMechanism mechanism;
  private CallbackHandler handler;

  CampusServerAuthModule(HttpAuthenticationMechanism mechanism) {
    this.mechanism = mechanism;
  }

  @Override
  public void initialize(
      MessagePolicy requestPolicy,
      MessagePolicy responsePolicy,
      CallbackHandler handler,
      @SuppressWarnings("rawtypes") Map options) {
    this.handler = handler;
  }

  @Override
  public Class<?>[] getSupportedMessageTypes() {
    return MESSAGE_TYPES.clone();
  }

  @Override
  public AuthStatus validateRequest(MessageInfo message, Subject client, Subject service)
      throws AuthException {
    HttpMessageContext context = new HttpMessageContextImpl(handler, message, client);
    HttpServletRequest request = context.getRequest();
    // SecurityContext.authenticate reads the outcome from here; a failure must not read as success
    Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.NOT_DONE);
    AuthenticationStatus status;
    try {
      status = mechanism.validateRequest(request, context.getResponse(), context);
    } catch (AuthenticationException e) {
      Jaspic.setLastAuthenticationStatus(request, AuthenticationStatus.SEND_FAILURE);
      throw (AuthException)
          new AuthException("The campus could not check who is asking").initCause(e);
    }
    Jaspic.setLastAuthenticationStatus(request, status);
    return Jaspic.fromAuthenticationStatus(status);
  }

  @Override
  public AuthStatus secureResponse(MessageInfo message, Subject service) throws AuthException {
    HttpMessageContext context = new HttpMessageContextImpl(handler, message, null);
    try {
      return Jaspic.fromAuthenticationStatus(
          mechanism.secureResponse(context.getRequest(), context.getResponse(), context));
    } catch (AuthenticationException e) {
      throw (AuthException)
          new AuthException("The campus could not finish the response").initCause(e);
    }
  }

  @Override
  public void cleanSubject(MessageInfo message, Subject subject) {
    HttpMessageContext context = new HttpMessageContextImpl(handler, message, subject);
    mechanism.cleanSubject(context.getRequest(), context.getResponse(), context);
  }
}
