package org.virtualcampus.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.identity.boundary.Credentials;
import org.virtualcampus.identity.boundary.Members;
import org.virtualcampus.identity.boundary.SignUpForm;
import org.virtualcampus.identity.control.MemberQueries;
import org.virtualcampus.identity.entity.Member;
import org.virtualcampus.identity.entity.Profession;
import org.virtualcampus.identity.entity.Role;

/** Seeds the demo campus into an empty database, and a first admin into a production one. */
@ApplicationScoped
public class DemoData {
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  public static final String PASSWORD = "campus-demo";

  private static final String[] FIRST = {
    "Amara", "Ben", "Chen", "Dana", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi",
    "Liam", "Maya", "Nikhil", "Olga", "Pedro", "Qing", "Rosa", "Sven", "Tara"
  };
  private static final String[] LAST = {
    "Okafor", "Schmidt", "Nguyen", "Garcia", "Kowalski", "Haddad", "Tanaka"
  };
  private static final String[] ZONES = {
    "America/Chicago",
    "America/New_York",
    "Europe/Berlin",
    "Europe/London",
    "Asia/Singapore",
    "Africa/Lagos",
    "America/Los_Angeles",
    "Australia/Sydney"
  };
  private static final String[] INSTITUTIONS = {
    "Riverside Medical School",
    "Lakeshore College of Nursing",
    "Northgate Health Sciences University",
    "St. Anne's Teaching Hospital",
    "Coastal School of Pharmacy"
  };

  @Inject Members members;
  @Inject Credentials credentials;
  @Inject MemberQueries memberQueries;
  @Inject DemoCatalogue catalogue;

  /** Unset: seed only into the embedded database (see {@link DemoSafety#seeds}). */
  @Inject
  @ConfigProperty(name = "campus.demo-data")
  Optional<Boolean> demoData;

  @Inject
  @ConfigProperty(
      name = "campus.db.url",
      defaultValue = "jdbc:h2:mem:campus;DB_CLOSE_DELAY=-1;MODE=MySQL;DATABASE_TO_LOWER=TRUE")
  String dbUrl;

  @Inject
  @ConfigProperty(name = "campus.allow-demo-passwords", defaultValue = "false")
  boolean demoPasswordsAllowed;

  @Inject
  @ConfigProperty(name = "campus.admin.email")
  Optional<String> adminEmail;

  @Inject
  @ConfigProperty(name = "campus.admin.password")
  Optional<String> adminPassword;

  @Inject
  @ConfigProperty(name = "campus.public-url", defaultValue = "http://localhost:8080")
  String publicUrl;

  /** Seeds the demo campus when demo data is on and the database has no members; true if it did. */
  @Transactional
  public boolean seedDemoCampusIfEmpty() {
    if (!demoDataOn() || memberQueries.count() > 0) {
      return false;
    }
    seedDemoCampus();
    return true;
  }

  /** Creates the configured first admin when the campus has none. */
  @Transactional
  public void createFirstAdminIfNone() {
    if (adminEmail.isEmpty() || memberQueries.anyWithRole(Role.ADMIN)) {
      return;
    }
    members.register(
        new SignUpForm(
            adminEmail.get(),
            adminPassword.orElse(""),
            "Administrator",
            "ADMINISTRATOR",
            null,
            null,
            null,
            "UTC",
            null),
        EnumSet.of(Role.ADMIN, Role.COORDINATOR));
    LOG.info("Created the first admin " + adminEmail.get());
  }

  public boolean demoDataOn() {
    return DemoSafety.seeds(demoData, dbUrl);
  }

  /**
   * Why the campus must not start with this database, or empty: demo accounts that still have the
   * published password on a database other than the embedded one, not allowed by the setting.
   */
  public Optional<String> unsafeDemoPasswords() {
    if (DemoSafety.embedded(dbUrl) || demoPasswordsAllowed) {
      return Optional.empty(); // no need to hash anything
    }
    return DemoSafety.refusal(
        dbUrl, demoPasswordsAllowed, credentials.stillUsing(DemoSafety.DEMO_DOMAIN, PASSWORD));
  }

  public String publicUrl() {
    return publicUrl;
  }

  private void seedDemoCampus() {
    String hash =
        members.hash(PASSWORD); // one PBKDF2 run for all demo accounts keeps start-up quick
    person(
        "admin@campus.example",
        "Ada Admin",
        Profession.ADMINISTRATOR,
        "UTC",
        hash,
        EnumSet.of(Role.ADMIN));
    var coordinator =
        person(
            "coordinator@campus.example",
            "Cora Coordinator",
            Profession.PHD_EDD_EDUCATOR,
            "America/Chicago",
            hash,
            EnumSet.of(Role.COORDINATOR));
    var f1 =
        person(
            "facilitator1@campus.example",
            "Felix Facilitator",
            Profession.PHYSICIAN,
            "America/New_York",
            hash,
            EnumSet.of(Role.FACILITATOR));
    var f2 =
        person(
            "facilitator2@campus.example",
            "Fatima Facilitator",
            Profession.NURSE,
            "Europe/London",
            hash,
            EnumSet.of(Role.FACILITATOR));
    Profession[] professions = Profession.values();
    List<Member> educators = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[i % LAST.length];
      Profession profession =
          professions[(i * 7) % (professions.length - 1)]; // every profession but OTHER
      educators.add(
          person(
              String.format("educator%02d@campus.example", i),
              name,
              profession,
              ZONES[i % ZONES.length],
              hash,
              EnumSet.of(Role.EDUCATOR)));
    }
    catalogue.seed(coordinator, List.of(f1, f2), educators);
  }

  private Member person(
      String email,
      String name,
      Profession profession,
      String zone,
      String hash,
      EnumSet<Role> roles) {
    String institution = INSTITUTIONS[Math.abs(email.hashCode()) % INSTITUTIONS.length];
    return members.registerWithHash(
        new SignUpForm(
            email, PASSWORD, name, profession.name(), null, institution, "US", zone, null),
        hash,
        roles);
  }
}
