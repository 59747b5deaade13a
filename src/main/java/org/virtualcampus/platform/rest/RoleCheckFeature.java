package org.virtualcampus.platform.rest;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtualcampus.platform.security.RequestCaller;

/**
 * Enforces {@link RolesAllowed} and {@link PermitAll} on resource methods: 401 with a Bearer
 * challenge when nobody is signed in, 403 for a wrong role. Every resource method must carry one of
 * the two (a test walks the OpenAPI document to check that nothing is left open by accident).
 */
@Provider
public class RoleCheckFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
    if (allowed == null && !type.isAnnotationPresent(PermitAll.class)) {
      allowed = type.getAnnotation(RolesAllowed.class);
    }
    if (allowed == null && type.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    // No annotation at all: deny, so a forgotten annotation fails closed.
    Set<String> roles =
        allowed == null ? Set.of() : Arrays.stream(allowed.value()).collect(Collectors.toSet());
    context.register(new RoleFilter(roles));
  }

  @Priority(Priorities.AUTHORIZATION)
  static final class RoleFilter implements ContainerRequestFilter {
    private final Set<String> roles;

    RoleFilter(Set<String> roles) {
      this.roles = roles;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      var security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(Problem.unauthenticated());
        return;
      }
      boolean allowed =
          RequestCaller.from(request.getProperty(RequestCaller.ATTRIBUTE))
              .map(caller -> caller.hasAnyRole(roles))
              .orElseGet(() -> roles.stream().anyMatch(security::isUserInRole));
      if (!allowed) {
        request.abortWith(
            Problem.of("forbidden", "Forbidden", 403, "Your roles do not allow this action.")
                .toResponse());
      }
    }
  }
}
