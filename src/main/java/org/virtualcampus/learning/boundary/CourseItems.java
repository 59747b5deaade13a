package org.virtualcampus.learning.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.virtualcampus.learning.control.ModuleQueries;
import org.virtualcampus.learning.entity.CourseModule;
import org.virtualcampus.learning.entity.ModuleItem;

/**
 * The items of a course as other features may refer to them (a session's materials): id, title and
 * module, in the order learners meet them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseItems {
  @Inject ModuleQueries queries;

  /** One item of a course, with the module it sits in. */
  public record ItemRef(String itemId, String title, String moduleId, String moduleTitle)
      implements java.io.Serializable {}

  /** Every item of the course, module by module, in two statements. */
  public List<ItemRef> ofCourse(String courseId) {
    Map<String, CourseModule> modules = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    List<CourseModule> all = queries.modulesOf(courseId);
    for (int i = 0; i < all.size(); i++) {
      modules.put(all.get(i).id(), all.get(i));
      order.put(all.get(i).id(), i);
    }
    return queries.itemsOf(courseId).stream()
        .sorted(
            Comparator.comparing((ModuleItem i) -> order.getOrDefault(i.moduleId(), 0))
                .thenComparing(ModuleItem::position))
        .map(i -> new ItemRef(i.id(), i.title(), i.moduleId(), modules.get(i.moduleId()).title()))
        .toList();
  }

  /** The course's role-play scenarios (ROLE_PLAY items), in the order learners meet them. */
  public List<ItemRef> scenarios(String courseId) {
    java.util.Set<String> rolePlays = new java.util.HashSet<>();
    for (ModuleItem i : queries.itemsOf(courseId)) {
      if (i.kind() == org.virtualcampus.learning.entity.ItemKind.ROLE_PLAY) {
        rolePlays.add(i.id());
      }
    }
    return ofCourse(courseId).stream().filter(i -> rolePlays.contains(i.itemId())).toList();
  }

  /** A role-play scenario: the situation everyone in the round reads, and the receiver's brief. */
  public record Scenario(String itemId, String title, String situationHtml, String briefHtml)
      implements java.io.Serializable {}

  /** The scenario of a ROLE_PLAY item of this course, if it is one, as told by default. */
  public java.util.Optional<Scenario> scenario(String courseId, String itemId) {
    return scenario(courseId, itemId, null, null);
  }

  /**
   * The scenario as told to a round whose giver and receiver have these professions: the item's
   * variant for that pairing if it has one, else its own situation and brief.
   */
  public java.util.Optional<Scenario> scenario(
      String courseId, String itemId, String giverProfession, String receiverProfession) {
    if (itemId == null) {
      return java.util.Optional.empty();
    }
    return queries
        .item(itemId)
        .filter(i -> i.content().kind() == org.virtualcampus.learning.entity.ItemKind.ROLE_PLAY)
        .filter(
            i -> queries.module(i.moduleId()).map(m -> m.courseId().equals(courseId)).orElse(false))
        .map(i -> told(i, giverProfession, receiverProfession));
  }

  private Scenario told(ModuleItem item, String giver, String receiver) {
    String situation = item.content().body();
    String brief = item.content().privateBrief();
    if (giver != null && receiver != null) {
      for (org.virtualcampus.learning.entity.ScenarioVariant v : queries.variantsOf(item.id())) {
        if (v.fits(giver, receiver)) {
          situation = v.situation();
          brief = v.privateBrief();
        }
      }
    }
    return new Scenario(
        item.id(),
        item.title(),
        org.virtualcampus.platform.text.MarkdownText.toHtml(situation),
        org.virtualcampus.platform.text.MarkdownText.toHtml(brief));
  }
}
