package org.virtualcampus.peerfeedback.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.virtualcampus.course.boundary.Courses;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.identity.entity.Role;
import org.virtualcampus.peerfeedback.entity.CourseFeedbackModel;
import org.virtualcampus.peerfeedback.entity.FeedbackModel;
import org.virtualcampus.peerfeedback.entity.ModelElement;
import org.virtualcampus.platform.error.AccessDeniedException;
import org.virtualcampus.platform.error.ConflictException;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Feedback models as data: the shipped templates and the coordinators' own, and the one each
 * course's practice rounds use (Ask-Tell-Ask until a coordinator picks another).
 */
@ApplicationScoped
@Transactional
public class FeedbackModels {
  /** The model a course uses until its coordinator picks one: the simplest to learn. */
  public static final String DEFAULT_MODEL = "00000000-0000-4000-8000-0000000f0001";

  private static final String BODY = "a request body is required";

  @PersistenceContext EntityManager em;
  @Inject Courses courses;
  @Inject Clock clock;

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ModelView> all(Actor actor) {
    requireStaff(actor);
    return em.createQuery(
            "select m from FeedbackModel m order by m.template desc, m.name", FeedbackModel.class)
        .getResultStream()
        .map(ModelView::of)
        .toList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ModelView one(String id, Actor actor) {
    requireStaff(actor);
    return ModelView.of(find(id));
  }

  public ModelView create(@NotNull(message = BODY) @Valid ModelForm form, Actor actor) {
    requireCoordinator(actor);
    requireFreeName(form.getName(), null);
    FeedbackModel model =
        new FeedbackModel(
            form.getName(), form.getSummary(), form.getSource(), elements(form), clock.instant());
    em.persist(model);
    em.flush();
    return ModelView.of(model);
  }

  /** Changes a model; elements keep their keys so earlier ratings still read. */
  public ModelView change(String id, @NotNull(message = BODY) @Valid ModelForm form, Actor actor) {
    requireCoordinator(actor);
    FeedbackModel model =
        Optional.ofNullable(em.find(FeedbackModel.class, id, LockModeType.PESSIMISTIC_WRITE))
            .orElseThrow(() -> new NotFoundException("Feedback model", id));
    requireFreeName(form.getName(), id);
    model.change(form.getName(), form.getSummary(), form.getSource(), elements(form));
    em.flush();
    return ModelView.of(model);
  }

  /** One model by id, for the features that keep which model they used. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ModelView byId(String modelId) {
    return ModelView.of(find(modelId));
  }

  /** The model of a course, for anyone who sees its practice rounds. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public ModelView ofCourse(String courseId) {
    String modelId =
        Optional.ofNullable(em.find(CourseFeedbackModel.class, courseId))
            .map(CourseFeedbackModel::modelId)
            .orElse(DEFAULT_MODEL);
    return ModelView.of(find(modelId));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ModelView ofCourse(String courseId, Actor actor) {
    requireStaff(actor);
    courses.require(courseId);
    return ofCourse(courseId);
  }

  public ModelView useForCourse(
      String courseId, @NotNull(message = BODY) @Valid CourseModelChoice choice, Actor actor) {
    requireCoordinator(actor);
    courses.requireLocked(courseId);
    FeedbackModel model =
        Optional.ofNullable(em.find(FeedbackModel.class, choice.getModelId()))
            .orElseThrow(
                () ->
                    new org.virtualcampus.platform.error.InvalidInputException(
                        "modelId", "no feedback model " + choice.getModelId()));
    Optional.ofNullable(em.find(CourseFeedbackModel.class, courseId))
        .ifPresentOrElse(
            c -> c.use(model.id()),
            () -> em.persist(new CourseFeedbackModel(courseId, model.id())));
    return ModelView.of(model);
  }

  private FeedbackModel find(String id) {
    return Optional.ofNullable(em.find(FeedbackModel.class, id))
        .orElseThrow(() -> new NotFoundException("Feedback model", id));
  }

  private void requireFreeName(String name, String except) {
    boolean taken =
        em.createQuery(
                    "select count(m) from FeedbackModel m where lower(m.name) = :name"
                        + " and (:except is null or m.id <> :except)",
                    Long.class)
                .setParameter("name", name.strip().toLowerCase(Locale.ROOT))
                .setParameter("except", except)
                .getSingleResult()
            > 0;
    if (taken) {
      throw new ConflictException("Name taken", "A feedback model with this name exists.");
    }
  }

  /** Keys stay as given (or as they were); new elements get one made from their title. */
  static List<ModelElement> elements(ModelForm form) {
    Set<String> used = new HashSet<>();
    List<ModelElement> made = new ArrayList<>();
    for (ModelForm.ElementForm e : form.getElements()) {
      String key =
          e.getKey() == null || e.getKey().isBlank() ? slug(e.getTitle()) : slug(e.getKey());
      String unique = key;
      for (int n = 2; !used.add(unique); n++) {
        unique = key + "-" + n;
      }
      made.add(new ModelElement(unique, e.getTitle().strip(), blankAsEmpty(e.getDescription())));
    }
    return made;
  }

  private static String slug(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-|-$)", "");
    plain = plain.isEmpty() ? "element" : plain;
    return plain.length() > 40 ? plain.substring(0, 40) : plain;
  }

  private static String blankAsEmpty(String text) {
    return text == null ? "" : text.strip();
  }

  static void requireStaff(Actor actor) {
    if (!actor.managesCohorts() && !actor.is(Role.FACILITATOR)) {
      throw new AccessDeniedException("Feedback models are for facilitators and coordinators.");
    }
  }

  private static void requireCoordinator(Actor actor) {
    if (!actor.managesCohorts()) {
      throw new AccessDeniedException("Only coordinators and admins write feedback models.");
    }
  }
}
