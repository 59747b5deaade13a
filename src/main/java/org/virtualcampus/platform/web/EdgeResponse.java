package org.virtualcampus.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** Adds the edge's cookie attributes and the 401 challenge to whatever the app answers. */
final class EdgeResponse extends HttpServletResponseWrapper {
  private final boolean https;
  private boolean challengeAdded;

  EdgeResponse(HttpServletResponse response, boolean https) {
    super(response);
    this.https = https;
  }

  /** Adds SameSite=Lax to every cookie without one, and Secure over HTTPS. */
  void completeCookies() {
    HttpServletResponse response = (HttpServletResponse) getResponse();
    if (response.isCommitted()) {
      return;
    }
    var cookies = response.getHeaders("Set-Cookie");
    if (cookies == null || cookies.isEmpty()) {
      return;
    }
    List<String> completed = new ArrayList<>(cookies.size());
    boolean changed = false;
    for (String cookie : cookies) {
      String done = Cookies.complete(cookie, https);
      changed |= !done.equals(cookie);
      completed.add(done);
    }
    if (changed) {
      response.setHeader("Set-Cookie", completed.get(0));
      for (String cookie : completed.subList(1, completed.size())) {
        response.addHeader("Set-Cookie", cookie);
      }
    }
  }

  /** PrimeFaces adds the page's policy: it replaces the one that lets nothing run. */
  @Override
  public void addHeader(String name, String value) {
    if (EdgeFilter.CSP.equalsIgnoreCase(name)
        || (challengeAdded && "WWW-Authenticate".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    } else {
      super.addHeader(name, value);
    }
  }

  @Override
  public void setStatus(int status) {
    challenge(status);
    super.setStatus(status);
  }

  @Override
  public void sendError(int status) throws IOException {
    challenge(status);
    completeCookies();
    super.sendError(status);
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    challenge(status);
    completeCookies();
    super.sendError(status, message);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    completeCookies();
    super.sendRedirect(location);
  }

  @Override
  public void flushBuffer() throws IOException {
    completeCookies();
    super.flushBuffer();
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    completeCookies();
    return super.getWriter();
  }

  @Override
  public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
    completeCookies();
    return super.getOutputStream();
  }

  private void challenge(int status) {
    if (status == 401 && !containsHeader("WWW-Authenticate")) {
      super.setHeader("WWW-Authenticate", EdgeFilter.CHALLENGE);
      challengeAdded = true;
    }
  }
}
