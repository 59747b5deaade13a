package org.virtualcampus.peerfeedback.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.virtualcampus.peerfeedback.entity.FormAnswers;
import org.virtualcampus.peerfeedback.entity.FormKind;
import org.virtualcampus.peerfeedback.entity.ModelElement;
import org.virtualcampus.peerfeedback.entity.Observation;
import org.virtualcampus.platform.error.InvalidInputException;

/** What each role's practice form may say, checked against the course's model. */
final class FormRules {
  private FormRules() {}

  /** Each role writes its own part; ratings name elements of the model, on its three points. */
  static FormAnswers answers(FormInput input, FormKind kind, List<ModelElement> elements) {
    FormAnswers a = new FormAnswers();
    if (kind == FormKind.OBSERVER) {
      Map<String, ModelElement> byKey =
          elements.stream().collect(Collectors.toMap(ModelElement::key, e -> e));
      Set<String> seen = new java.util.HashSet<>();
      for (FormInput.RatingInput r : input.getRatings()) {
        ModelElement element = byKey.get(r.getElement());
        if (element == null) {
          throw new InvalidInputException(
              "ratings", "no element " + r.getElement() + " in the model");
        }
        if (!seen.add(element.key())) {
          throw new InvalidInputException("ratings", element.key() + " is rated twice");
        }
        a.getRatings()
            .add(
                new FormAnswers.Rating(
                    element.key(),
                    element.title(),
                    observation(r, element),
                    clean(r.getComment())));
      }
      a.setKeep(clean(input.getKeep()));
      a.setTryNext(clean(input.getTryNext()));
      if (input.isSubmit() && a.getRatings().size() < elements.size()) {
        throw new InvalidInputException(
            "ratings", "rate every element of the model before submitting");
      }
    } else if (kind == FormKind.RECEIVER) {
      a.setHelped(clean(input.getHelped()));
      a.setNotHelped(clean(input.getNotHelped()));
    } else {
      a.setText(clean(input.getText()));
    }
    return a;
  }

  private static Observation observation(FormInput.RatingInput r, ModelElement element) {
    try {
      return Observation.valueOf(String.valueOf(r.getObservation()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "ratings." + element.key(),
          element.title()
              + " is rated \""
              + r.getObservation()
              + "\"; the scale is OBSERVED, PARTLY or NOT_OBSERVED");
    }
  }

  static Integer usefulness(FormInput input, FormKind kind) {
    if (kind != FormKind.RECEIVER) {
      return null;
    }
    Integer u = input.getUsefulness();
    if (u != null && (u < 1 || u > 5)) {
      throw new InvalidInputException("usefulness", "usefulness is from 1 to 5");
    }
    if (u == null && input.isSubmit()) {
      throw new InvalidInputException("usefulness", "rate how useful the feedback was, 1 to 5");
    }
    return u;
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
