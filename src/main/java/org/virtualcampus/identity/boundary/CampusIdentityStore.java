package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtualcampus.identity.entity.Caller;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.platform.error.TooManyRequestsException;
import org.virtualcampus.platform.security.BearerTokenCredential;
import org.virtualcampus.platform.security.CampusCaller;
import org.virtualcampus.platform.security.SessionCredential;

/**
 * Checks who is calling against the members table: e-mail and password at sign-in (the page form
 * and {@code POST /tokens}), a bearer token on each API request, and the remembered member of a
 * page session on each page request. The caller name is the member id (stable when the e-mail
 * changes); the groups are the member's roles as the database has them at that request.
 */
@ApplicationScoped
public class CampusIdentityStore implements IdentityStore {

  @Inject Members members;
  @Inject Credentials credentials;
  @Inject ApiTokens tokens;
  @Inject SignInThrottle throttle;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof BearerTokenCredential bearer) {
      return result(tokens.caller(bearer.token()));
    }
    if (credential instanceof SessionCredential session) {
      return result(members.sessionCaller(session.memberId(), session.credentialsVersion()));
    }
    if (credential instanceof UsernamePasswordCredential login) {
      try {
        return result(
            credentials.verifyCredentials(login.getCaller(), login.getPasswordAsString()));
      } catch (TooManyRequestsException e) {
        throttle.remember(e);
        return CredentialValidationResult.INVALID_RESULT;
      }
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }

  private static CredentialValidationResult result(Optional<Caller> caller) {
    return caller
        .map(
            c ->
                new CredentialValidationResult(
                    new CampusCaller(c.memberId(), c.credentialsVersion()), groups(c.roles())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static Set<String> groups(Set<Role> roles) {
    return roles.stream().map(Enum::name).collect(Collectors.toSet());
  }

  /** The caller's roles as they are now. */
  @Override
  public Set<String> getCallerGroups(CredentialValidationResult caller) {
    return groups(members.currentRoles(caller.getCallerPrincipal().getName()));
  }
}
