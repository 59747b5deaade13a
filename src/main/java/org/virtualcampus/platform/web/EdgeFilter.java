package org.virtualcampus.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The hardened edge every response passes: security headers, the session cookie's {@code SameSite}
 * and (over HTTPS) {@code Secure} attributes, {@code Cache-Control: no-store} wherever a member is
 * signed in, a {@code WWW-Authenticate} challenge on every 401, and 4xx error pages instead of 500
 * for an expired or forged view state and for an oversized form.
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces (nonce-based, {@code
 * primefaces.CSP} in web.xml); everything else gets a policy that allows nothing to run. The
 * session cookie is written by the container, so its attributes are completed here whenever a
 * session may just have been created (Payara does not send the SameSite attribute of web.xml).
 */
@WebFilter(
    filterName = "edge",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class EdgeFilter extends HttpFilter {

  static final String CSP = "Content-Security-Policy";
  static final String NOTHING_RUNS = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";
  static final String CHALLENGE = "Bearer realm=\"Virtual Campus\"";
  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject
  @ConfigProperty(name = "campus.trust-proxy", defaultValue = "false")
  boolean trustProxy;

  @Inject
  @ConfigProperty(name = "campus.pages.max-form-bytes", defaultValue = "1048576")
  long maxFormBytes;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    boolean https = Https.served(request, trustProxy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (!response.containsHeader(CSP)) {
      response.setHeader(CSP, NOTHING_RUNS);
    }
    if (https) {
      response.setHeader("Strict-Transport-Security", HSTS);
    }
    if (isPersonal(request)) {
      noStore(response);
    }
    EdgeResponse edgeResponse = new EdgeResponse(response, https);
    if (request.getDispatcherType() == DispatcherType.REQUEST && isOversizedForm(request)) {
      errorPage(request, edgeResponse, 413);
      return;
    }
    EdgeRequest edgeRequest = new EdgeRequest(request, edgeResponse);
    try {
      chain.doFilter(edgeRequest, edgeResponse);
    } catch (ServletException | RuntimeException e) {
      int status = clientErrorStatus(e);
      if (status == 0
          || response.isCommitted()
          || request.getDispatcherType() != DispatcherType.REQUEST) {
        throw e;
      }
      response.resetBuffer();
      errorPage(request, edgeResponse, status);
      return;
    }
    if (request.getUserPrincipal() != null) {
      noStore(edgeResponse);
    }
    edgeResponse.completeCookies();
  }

  /**
   * Renders the error page for {@code status} as a fresh GET of that page: the container's own
   * error dispatch would hand it the rejected post, whose view state and script nonce Faces and
   * PrimeFaces would try to check a second time.
   */
  private static void errorPage(HttpServletRequest request, EdgeResponse response, int status)
      throws IOException, ServletException {
    if (status == 413) {
      try {
        // Parameters are read at most once: a refused attempt now leaves none for the libraries
        // (CDI's conversation lookup) that ask the original request while the page renders.
        request.getParameter("cid");
      } catch (IllegalStateException tooLarge) {
        // expected for a body beyond the container's own limit
      }
    }
    response.setStatus(status);
    String page = status == 413 ? "/error/too-large.xhtml" : "/error/expired.xhtml";
    request.getRequestDispatcher(page).forward(new FreshGet(request), response);
  }

  /** The request as a plain GET without parameters, for rendering an error page afresh. */
  private static final class FreshGet extends HttpServletRequestWrapper {
    FreshGet(HttpServletRequest request) {
      super(request);
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      return null;
    }

    @Override
    public java.util.Map<String, String[]> getParameterMap() {
      return java.util.Map.of();
    }

    @Override
    public java.util.Enumeration<String> getParameterNames() {
      return java.util.Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
      return null;
    }

    @Override
    public String getContentType() {
      return null;
    }

    @Override
    public int getContentLength() {
      return 0;
    }

    @Override
    public long getContentLengthLong() {
      return 0;
    }

    @Override
    public String getQueryString() {
      return null;
    }
  }

  /** Signed-in pages and API answers for a caller who identified themselves are never stored. */
  private static boolean isPersonal(HttpServletRequest request) {
    return request.getUserPrincipal() != null
        || request.getHeader("Authorization") != null
        || isPage(request);
  }

  /** Faces pages carry view state and a one-time script nonce: never worth caching. */
  private static boolean isPage(HttpServletRequest request) {
    String path = request.getRequestURI();
    return path.endsWith(".xhtml") || path.endsWith("/");
  }

  private static void noStore(HttpServletResponse response) {
    if (!response.isCommitted()) {
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("Pragma", "no-cache");
    }
  }

  private boolean isOversizedForm(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        && request.getContentLengthLong() > maxFormBytes;
  }

  /**
   * 400 for a view state that is expired, forged or unreadable, or a script nonce that does not
   * match; 413 for a form the container refused to read. Anything else stays a server error.
   */
  static int clientErrorStatus(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ViewExpiredException) {
        return 400;
      }
      String type = t.getClass().getName();
      if (type.equals("org.primefaces.csp.CspException")
          || type.equals("jakarta.faces.application.ProtectedViewException")) {
        return 400;
      }
      String message = String.valueOf(t.getMessage());
      if (t instanceof IllegalStateException
          && (message.contains("PWC4002")
              || message.toLowerCase(Locale.ROOT).contains("too large"))) {
        return 413;
      }
    }
    return 0;
  }
}
