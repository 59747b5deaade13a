package org.virtualcampus.platform.rest;

import java.math.BigInteger;

/** The whole-number types and their ranges (null: no upper or lower bound). */
enum WholeNumber {
  BYTE(Byte.MIN_VALUE, Byte.MAX_VALUE),
  SHORT(Short.MIN_VALUE, Short.MAX_VALUE),
  INT(Integer.MIN_VALUE, Integer.MAX_VALUE),
  LONG(Long.MIN_VALUE, Long.MAX_VALUE),
  BIG;

  final String min;
  final String max;

  WholeNumber(long min, long max) {
    this.min = Long.toString(min);
    this.max = Long.toString(max);
  }

  WholeNumber() {
    this.min = null;
    this.max = null;
  }

  static WholeNumber of(Class<?> raw) {
    if (raw == byte.class || raw == Byte.class) {
      return BYTE;
    }
    if (raw == short.class || raw == Short.class) {
      return SHORT;
    }
    if (raw == int.class || raw == Integer.class) {
      return INT;
    }
    if (raw == long.class || raw == Long.class) {
      return LONG;
    }
    return raw == BigInteger.class ? BIG : null;
  }
}
