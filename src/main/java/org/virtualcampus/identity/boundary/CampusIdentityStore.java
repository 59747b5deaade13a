package org.virtualcampus.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/**
 * Checks e-mail and password against the members table. The caller name is the member id (stable
 * when the e-mail changes); the groups are the member's roles.
 */
@ApplicationScoped
public class CampusIdentityStore implements IdentityStore {

  @Inject Members members;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential login)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return members
        .verifyCredentials(login.getCaller(), login.getPasswordAsString())
        .map(
            m ->
                new CredentialValidationResult(
                    m.id(), m.roles().stream().map(Enum::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
