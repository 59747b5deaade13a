package org.virtualcampus.platform.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/** Names a violated field the way clients know it: "signUp.form.email" becomes "email". */
public final class ConstraintViolationMapperSupport {
  private ConstraintViolationMapperSupport() {}

  public static String fieldName(ConstraintViolation<?> violation) {
    String parameter = null;
    StringBuilder path = new StringBuilder();
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      if (node.getName() == null) {
        continue;
      }
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(node.getName());
    }
    if (path.length() > 0) {
      return path.toString();
    }
    return parameter != null ? parameter : "request";
  }
}
