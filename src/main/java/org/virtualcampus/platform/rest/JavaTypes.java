package org.virtualcampus.platform.rest;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;

/** What a JSON body is read into: the raw class and element types of a Java type. */
final class JavaTypes {
  private JavaTypes() {}

  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof WildcardType w) {
      return raw(w.getUpperBounds()[0]);
    }
    if (type instanceof GenericArrayType a) {
      return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
    }
    return Object.class;
  }

  static Type elementType(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return type instanceof GenericArrayType a
          ? a.getGenericComponentType()
          : raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  static Type typeArgument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }
}
