package org.virtualcampus.identity.boundary;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.virtualcampus.identity.entity.Member;

/** A member as the API shows it; never includes the password hash or lockout state. */
public record MemberView(
    String id,
    String email,
    String displayName,
    String profession,
    String professionOther,
    String institution,
    String country,
    String timeZone,
    String language,
    String bio,
    List<String> roles,
    OffsetDateTime createdAt)
    implements java.io.Serializable {

  public static MemberView of(Member m) {
    return new MemberView(
        m.id(),
        m.email(),
        m.displayName(),
        m.profession().name(),
        m.professionOther(),
        m.institution(),
        m.country(),
        m.timeZone().getId(),
        m.language(),
        m.bio(),
        m.roles().stream().map(Enum::name).sorted().toList(),
        m.createdAt().atOffset(ZoneOffset.UTC));
  }
}
