package org.virtualcampus.platform.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.function.Supplier;

/**
 * The JSON of answers that many requests share, such as the catalogue's kept pages, rendered once
 * per answer instead of once per request. JSON-B's recursion check puts every object it writes into
 * a hash set, and a record's hash walks everything beneath it, so writing a page of records again
 * and again cost a good part of each request. An answer is known by identity: a kept page that is
 * read again is a new object and is rendered anew, and a forgotten one lets go of its JSON.
 */
@ApplicationScoped
public class RenderedJson {
  private final Jsonb jsonb = JsonbBuilder.create(); // the configuration the API's own writer uses
  private final Cache<Object, String> rendered =
      Caffeine.newBuilder().weakKeys().maximumSize(256).build();

  /** The JSON of {@code answer()}, made the first time this very {@code shared} object is seen. */
  public String of(Object shared, Supplier<Object> answer) {
    return rendered.get(shared, k -> jsonb.toJson(answer.get()));
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception ignored) {
      // nothing held that outlives the application
    }
  }
}
