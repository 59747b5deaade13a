package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.virtualcampus.identity.boundary.Recipients;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.ItemKind;
import org.virtualcampus.learning.entity.ModuleItem;
import org.virtualcampus.learning.entity.ScenarioVariant;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.FieldError;
import org.virtualcampus.platform.error.InvalidInputException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * The variants of a role-play scenario, one per pairing of giver's and receiver's profession
 * (coordinators and admins). They are replaced as a whole, under the lock of the item's module, and
 * only once every variant sent is valid: a refusal leaves the variants as they were.
 */
@ApplicationScoped
@Transactional
public class ScenarioVariants {
  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject ModuleQueries queries;
  @Inject Recipients members;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ScenarioVariantView> of(String itemId, Actor actor) {
    CourseModules.requireAuthor(actor);
    requireItem(itemId);
    return queries.variantsOf(itemId).stream().map(ScenarioVariantView::of).toList();
  }

  /**
   * The item's variants from now on. 400 naming {@code variants[i].field} for a missing or unknown
   * profession, a missing situation, or a pairing written twice; 409 when the item is no role play.
   */
  public List<ScenarioVariantView> replace(
      String itemId, @NotNull(message = BODY) @Valid ScenarioVariantsForm form, Actor actor) {
    CourseModules.requireAuthor(actor);
    ModuleItem item = requireItem(itemId);
    if (item.kind() != ItemKind.ROLE_PLAY) {
      throw new ConflictException("Not a role play", "Only role-play scenarios have variants.");
    }
    List<ScenarioVariantForm> sent = form.getVariants() == null ? List.of() : form.getVariants();
    check(sent);
    queries.lockedModule(item.moduleId()); // the module's authors queue behind each other
    queries.removeVariantsOf(itemId);
    List<ScenarioVariant> saved = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      ScenarioVariantForm v = sent.get(i);
      ScenarioVariant variant =
          new ScenarioVariant(
              itemId,
              i + 1,
              v.getGiverProfession().strip(),
              v.getReceiverProfession().strip(),
              v.getSituation(),
              v.getPrivateBrief(),
              clock.instant());
      em.persist(variant);
      saved.add(variant);
    }
    return saved.stream().map(ScenarioVariantView::of).toList();
  }

  private void check(List<ScenarioVariantForm> sent) {
    Set<String> known = new HashSet<>(members.professionNames());
    Set<String> pairings = new HashSet<>();
    List<FieldError> errors = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      String at = "variants[" + i + "].";
      ScenarioVariantForm v = sent.get(i);
      if (v == null) {
        errors.add(new FieldError("variants[" + i + "]", "a variant is required"));
        continue;
      }
      String giver = profession(v.getGiverProfession(), at + "giverProfession", known, errors);
      String receiver =
          profession(v.getReceiverProfession(), at + "receiverProfession", known, errors);
      if (v.getSituation() == null || v.getSituation().isBlank()) {
        errors.add(new FieldError(at + "situation", "write the situation of this variant"));
      }
      if (giver != null && receiver != null && !pairings.add(giver + ">" + receiver)) {
        errors.add(
            new FieldError(
                at + "receiverProfession",
                "a variant for " + giver + " giving feedback to " + receiver + " exists already"));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors.get(0).message(), errors);
    }
  }

  private static String profession(
      String value, String field, Set<String> known, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "choose a profession"));
      return null;
    }
    if (!known.contains(value.strip())) {
      errors.add(new FieldError(field, "unknown profession " + value.strip()));
      return null;
    }
    return value.strip();
  }

  private ModuleItem requireItem(String itemId) {
    return queries.item(itemId).orElseThrow(() -> new NotFoundException("Item", itemId));
  }
}
