package org.virtualcampus.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants in DATETIME(6) columns as UTC wall-clock time. The EclipseLink that Payara
 * bundles would otherwise serialize {@link Instant} into bytes, and a {@code java.sql.Timestamp}
 * would be shifted by the JVM's default time zone, so two instances in different zones would
 * disagree.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {
  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return toColumn(instant);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  /** The column value of an instant, for native queries. */
  public static LocalDateTime toColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
