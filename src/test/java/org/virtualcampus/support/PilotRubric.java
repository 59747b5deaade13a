package org.virtualcampus.support;

import java.util.List;
import java.util.Map;

/** The pilot's homework rubric (four criteria in the course material; two suffice here). */
public final class PilotRubric {
  private PilotRubric() {}

  public static Map<String, Object> body() {
    return Map.of(
        "title", "Reflect on a feedback conversation",
        "levels",
            List.of(
                Map.of("label", "Not yet", "points", 0),
                Map.of("label", "Developing", "points", 1),
                Map.of("label", "Proficient", "points", 2),
                Map.of("label", "Exemplary", "points", 3)),
        "criteria",
            List.of(
                Map.of(
                    "title",
                    "Describes the situation",
                    "descriptors",
                    List.of(
                        "missing",
                        "vague",
                        "specific and concise",
                        "specific, with the learner's perspective")),
                Map.of(
                    "title",
                    "Plans next steps",
                    "descriptors",
                    List.of(
                        "none",
                        "general intention",
                        "concrete action",
                        "concrete action with a date and a check"))));
  }
}
