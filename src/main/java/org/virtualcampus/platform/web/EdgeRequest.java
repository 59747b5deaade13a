package org.virtualcampus.platform.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Completes the session cookie whenever the container may just have created a session. */
final class EdgeRequest extends HttpServletRequestWrapper {
  private final EdgeResponse response;

  EdgeRequest(HttpServletRequest request, EdgeResponse response) {
    super(request);
    this.response = response;
  }

  @Override
  public HttpSession getSession(boolean create) {
    HttpSession session = super.getSession(create);
    response.completeCookies();
    return session;
  }

  @Override
  public HttpSession getSession() {
    return getSession(true);
  }

  @Override
  public String changeSessionId() {
    String id = super.changeSessionId();
    response.completeCookies();
    return id;
  }

  @Override
  public boolean authenticate(HttpServletResponse response) throws IOException, ServletException {
    boolean done = super.authenticate(response);
    this.response.completeCookies();
    return done;
  }

  @Override
  public void login(String username, String password) throws ServletException {
    super.login(username, password);
    response.completeCookies();
  }
}
