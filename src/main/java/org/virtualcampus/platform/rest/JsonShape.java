package org.virtualcampus.platform.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.virtualcampus.platform.error.FieldError;

/**
 * Checks a JSON document against the Java type it is about to become, before JSON-B coerces
 * anything: a value of the wrong JSON type, a fraction where a whole number belongs, a number that
 * does not fit, a null or blank list item. JSON-B would silently turn 5.9 into 5, 4294967301 into 5
 * and an array into its last element; here each of them becomes a {@link FieldError} naming the
 * field ({@code inner.seats}, {@code roles[0]}). Dates and times are only checked to be text;
 * JSON-B parses them and its errors name the field too.
 */
final class JsonShape {
  static final int MAX_ERRORS = 20;
  private static final int MAX_DEPTH = 32;
  private static final String BODY = "body";

  private final List<FieldError> errors = new ArrayList<>();

  /** The problems found in {@code value} read as {@code type}; empty when it fits. */
  static List<FieldError> check(Type type, JsonValue value) {
    JsonShape shape = new JsonShape();
    shape.value(type, value, "", 0);
    return List.copyOf(shape.errors);
  }

  /** Whether {@code type} is one of ours (a record, a class, a collection) worth checking. */
  static boolean checks(Type type) {
    Class<?> raw = JavaTypes.raw(type);
    return raw.isRecord()
        || Collection.class.isAssignableFrom(raw)
        || Map.class.isAssignableFrom(raw)
        || (raw.getName().startsWith("org.virtualcampus.") && !raw.isEnum());
  }

  private void value(Type type, JsonValue value, String path, int depth) {
    if (errors.size() >= MAX_ERRORS || depth > MAX_DEPTH) {
      return;
    }
    Class<?> raw = JavaTypes.raw(type);
    if (value == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      if (raw.isPrimitive()) {
        fail(path, "must not be null");
      }
      return;
    }
    if (raw == String.class || raw == CharSequence.class) {
      expect(value, JsonValue.ValueType.STRING, path, "must be text");
    } else if (raw == char.class || raw == Character.class) {
      if (!(value instanceof JsonString s) || s.getString().length() != 1) {
        fail(path, "must be a single character");
      }
    } else if (raw == boolean.class || raw == Boolean.class) {
      if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
        fail(path, "must be true or false");
      }
    } else if (WholeNumber.of(raw) != null) {
      wholeNumber(WholeNumber.of(raw), value, path);
    } else if (raw == double.class
        || raw == Double.class
        || raw == float.class
        || raw == Float.class
        || raw == BigDecimal.class
        || raw == Number.class) {
      decimal(raw, value, path);
    } else if (raw.isEnum()) {
      enumConstant(raw, value, path);
    } else if (Collection.class.isAssignableFrom(raw) || (raw.isArray() && raw != byte[].class)) {
      list(JavaTypes.elementType(type, raw), value, path, depth);
    } else if (Map.class.isAssignableFrom(raw)) {
      map(JavaTypes.typeArgument(type, 1), value, path, depth);
    } else if (raw.isRecord() || raw.getName().startsWith("org.virtualcampus.")) {
      object(raw, value, path, depth);
    } else if (raw.getName().startsWith("java.time.")
        || raw == java.util.UUID.class
        || raw == java.net.URI.class
        || raw == java.util.Locale.class) {
      expect(value, JsonValue.ValueType.STRING, path, "must be text in the documented format");
    }
  }

  private void wholeNumber(WholeNumber kind, JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      fail(path, "must be a whole number");
      return;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.signum() != 0 && decimal.stripTrailingZeros().scale() > 0) {
      fail(path, "must be a whole number, not a fraction");
      return;
    }
    boolean fits =
        decimal.precision() - decimal.scale() <= 20
            && (kind.min == null || decimal.compareTo(new BigDecimal(kind.min)) >= 0)
            && (kind.max == null || decimal.compareTo(new BigDecimal(kind.max)) <= 0);
    if (!fits) {
      fail(
          path,
          kind.min == null
              ? "is too large"
              : "must be a whole number from " + kind.min + " to " + kind.max);
    }
  }

  private void decimal(Class<?> raw, JsonValue value, String path) {
    if (!(value instanceof JsonNumber number)) {
      fail(path, "must be a number");
      return;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.precision() - decimal.scale() > 300) {
      fail(path, "is too large");
      return;
    }
    double asDouble = decimal.doubleValue();
    boolean finite =
        (raw == float.class || raw == Float.class)
            ? Float.isFinite((float) asDouble)
            : Double.isFinite(asDouble);
    if (!finite) {
      fail(path, "is too large");
    }
  }

  private void enumConstant(Class<?> raw, JsonValue value, String path) {
    List<String> names =
        Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    if (!(value instanceof JsonString s) || !names.contains(s.getString())) {
      fail(path, "must be one of " + String.join(", ", names));
    }
  }

  private void list(Type elementType, JsonValue value, String path, int depth) {
    if (!(value instanceof JsonArray array)) {
      fail(path, "must be a list");
      return;
    }
    Class<?> elementRaw = JavaTypes.raw(elementType);
    for (int i = 0; i < array.size() && errors.size() < MAX_ERRORS; i++) {
      JsonValue item = array.get(i);
      String itemPath = (path.isEmpty() ? BODY : path) + "[" + i + "]";
      if (item.getValueType() == JsonValue.ValueType.NULL) {
        fail(itemPath, "must not be null");
      } else if (elementRaw == String.class
          && item instanceof JsonString s
          && s.getString().isBlank()) {
        fail(itemPath, "must not be blank");
      } else {
        value(elementType, item, itemPath, depth + 1);
      }
    }
  }

  private void map(Type valueType, JsonValue value, String path, int depth) {
    if (!(value instanceof JsonObject object)) {
      fail(path, "must be an object");
      return;
    }
    for (var entry : object.entrySet()) {
      String entryPath = join(path, entry.getKey());
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        fail(entryPath, "must not be null");
      } else {
        value(valueType, entry.getValue(), entryPath, depth + 1);
      }
    }
  }

  private void object(Class<?> raw, JsonValue value, String path, int depth) {
    if (!(value instanceof JsonObject object)) {
      fail(path, "must be an object");
      return;
    }
    if (raw.isRecord()) {
      for (RecordComponent component : raw.getRecordComponents()) {
        if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
          continue;
        }
        String name =
            jsonName(
                component.getName(),
                component.getAccessor().getAnnotation(JsonbProperty.class),
                fieldAnnotation(raw, component.getName()));
        value(component.getGenericType(), object.get(name), join(path, name), depth + 1);
      }
      return;
    }
    for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers)
            || Modifier.isTransient(modifiers)
            || field.isSynthetic()
            || field.isAnnotationPresent(JsonbTransient.class)) {
          continue;
        }
        String name = jsonName(field.getName(), null, field.getAnnotation(JsonbProperty.class));
        value(field.getGenericType(), object.get(name), join(path, name), depth + 1);
      }
    }
  }

  private static JsonbProperty fieldAnnotation(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name).getAnnotation(JsonbProperty.class);
    } catch (NoSuchFieldException e) {
      return null;
    }
  }

  private static String jsonName(String javaName, JsonbProperty onAccessor, JsonbProperty onField) {
    for (JsonbProperty property : new JsonbProperty[] {onAccessor, onField}) {
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    }
    return javaName;
  }

  private void expect(JsonValue value, JsonValue.ValueType type, String path, String message) {
    if (value.getValueType() != type) {
      fail(path, message);
    }
  }

  private void fail(String path, String message) {
    if (errors.size() < MAX_ERRORS) {
      errors.add(new FieldError(path.isEmpty() ? BODY : path, message));
    }
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
