package org.virtualcampus.platform.rest;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Keeps the served {@code /openapi} document valid and truthful where Payara (6.2025.10) is not.
 * Registered as {@code mp.openapi.filter}.
 *
 * <ul>
 *   <li>Payara records the paths of each application in a top-level {@code endpoints} member of its
 *       own model class, which strict OpenAPI 3 validators reject. It is filled in before the
 *       filters run and written only when not empty, and Payara has no setting to leave it out, so
 *       this filter empties it (reflectively: the class is Payara's). Payara's later releases write
 *       it as the extension {@code x-endpoints}, which validators accept.
 *   <li>For every {@code @Schema} annotation Payara copies the annotation's default values into the
 *       model, among them {@code maxProperties: 0}, which would forbid every property of the
 *       object; this filter drops those defaults again.
 * </ul>
 */
public class PayaraOpenApiFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    dropRepeatedTags(openAPI);
    Method setEndpoints;
    try {
      setEndpoints = openAPI.getClass().getMethod("setEndpoints", Map.class);
    } catch (NoSuchMethodException e) {
      return; // another implementation: nothing non-standard to remove
    }
    try {
      setEndpoints.invoke(openAPI, new TreeMap<>());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Could not remove Payara's endpoints member", e);
    }
  }

  /**
   * Several resource classes share a tag (a cohort's waitlist, places and invitations live beside
   * the cohorts resource); Payara lists the tag once per class, and the standard wants it once.
   */
  private static void dropRepeatedTags(OpenAPI openAPI) {
    if (openAPI.getTags() == null) {
      return;
    }
    Map<String, org.eclipse.microprofile.openapi.models.tags.Tag> byName =
        new java.util.LinkedHashMap<>();
    for (var tag : openAPI.getTags()) {
      byName.merge(
          tag.getName(), tag, (first, again) -> first.getDescription() != null ? first : again);
    }
    openAPI.setTags(new java.util.ArrayList<>(byName.values()));
  }

  @Override
  public Schema filterSchema(Schema schema) {
    if (isZero(schema.getMaxProperties())) {
      schema.setMaxProperties(null);
    }
    if (isZero(schema.getMinProperties())) {
      schema.setMinProperties(null);
    }
    if (isZero(schema.getMinLength())) {
      schema.setMinLength(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
      schema.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
      schema.setExclusiveMinimum(null);
    }
    if (Boolean.FALSE.equals(schema.getUniqueItems())) {
      schema.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(schema.getNullable())) {
      schema.setNullable(null);
    }
    if (Boolean.FALSE.equals(schema.getReadOnly())) {
      schema.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getWriteOnly())) {
      schema.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(schema.getDeprecated())) {
      schema.setDeprecated(null);
    }
    return schema;
  }

  private static boolean isZero(Integer value) {
    return value != null && value == 0;
  }
}
