package org.virtualcampus.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.virtualcampus.files.control.FileStore;
import org.virtualcampus.files.control.FileTypes;
import org.virtualcampus.files.control.StoredBytes;
import org.virtualcampus.files.entity.StoredFile;
import org.virtualcampus.platform.error.PayloadTooLargeException;
import org.virtualcampus.platform.error.UnsupportedTypeException;
import org.virtualcampus.platform.error.UploadInterruptedException;
import org.virtualcampus.platform.persistence.Ids;

/**
 * Storage that never loses work. An upload streams to a temporary file, is measured (size, SHA-256)
 * and typed by its content, and only then moves into place and gets its row; a refused or broken
 * upload leaves nothing behind. Files nothing claims are removed by {@link FileCleanup}.
 */
@ApplicationScoped
@Transactional
public class Files {
  @PersistenceContext EntityManager em;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "campus.files.dir", defaultValue = "data/files")
  String directory;

  private FileStore store;

  @PostConstruct
  void open() {
    store = new FileStore(Path.of(directory).toAbsolutePath());
  }

  FileStore store() {
    return store;
  }

  /**
   * Stores an upload: 413 as soon as it passes {@code rules.maxBytes}, 415 naming the allowed types
   * when its content is none of them. The bytes are read before any statement runs, so no database
   * connection waits on a slow upload.
   */
  public StoredFileView store(InputStream body, String fileName, FileRules rules, String ownerId) {
    return store(body, fileName, rules, ownerId, -1);
  }

  /**
   * As above, for a body whose length was announced ({@code declaredLength}, -1 for unknown): one
   * announced over the limit is refused before a byte is read, and one that ends before its
   * announced length (a cut connection) is not stored.
   */
  public StoredFileView store(
      InputStream body, String fileName, FileRules rules, String ownerId, long declaredLength) {
    if (declaredLength > rules.maxBytes()) {
      throw new PayloadTooLargeException(
          "The file is larger than " + rules.limitText() + ", the most this upload takes.");
    }
    StoredBytes bytes;
    try {
      bytes = store.receive(body, rules.maxBytes(), rules.limitText());
    } catch (IOException e) {
      throw new UploadInterruptedException(
          "The upload broke off; nothing was stored. Send it again.");
    }
    if (declaredLength >= 0 && bytes.size() != declaredLength) {
      store.discard(bytes);
      throw new UploadInterruptedException(
          "The upload broke off after "
              + bytes.size()
              + " of "
              + declaredLength
              + " bytes; nothing was stored. Send it again.");
    }
    try {
      MediaType type = FileTypes.detect(bytes.temp(), fileName);
      if (FileTypes.matching(type, rules.allowedTypes()).isEmpty()) {
        throw new UnsupportedTypeException(
            "This file is "
                + type.getBaseType()
                + " by its content; allowed here: "
                + String.join(", ", rules.allowedTypes())
                + ".");
      }
      String id = Ids.newId();
      store.keep(bytes, id);
      StoredFile file =
          new StoredFile(
              id,
              fileName,
              type.getBaseType().toString(),
              bytes.size(),
              bytes.sha256(),
              ownerId,
              clock.instant());
      em.persist(file);
      em.flush();
      return StoredFileView.of(file);
    } catch (IOException e) {
      store.discard(bytes);
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      store.discard(bytes);
      throw e;
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredFileView> find(String id) {
    return Optional.ofNullable(id == null ? null : em.find(StoredFile.class, id))
        .map(StoredFileView::of);
  }

  /** Several files in one statement, in the order asked for; unknown ids are left out. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<StoredFileView> find(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<String, StoredFile> found = new HashMap<>();
    em.createQuery("select f from StoredFile f where f.id in :ids", StoredFile.class)
        .setParameter("ids", new ArrayList<>(ids))
        .getResultList()
        .forEach(f -> found.put(f.id(), f));
    return ids.stream()
        .filter(found::containsKey)
        .map(id -> StoredFileView.of(found.get(id)))
        .toList();
  }

  /** Files something refers to (a hand-in, a module item): the cleanup leaves them. */
  public void claim(Collection<String> ids) {
    mark(ids, true);
  }

  public void unclaim(Collection<String> ids) {
    mark(ids, false);
  }

  private void mark(Collection<String> ids, boolean claimed) {
    if (!ids.isEmpty()) {
      em.createQuery("update StoredFile f set f.claimed = :claimed where f.id in :ids")
          .setParameter("claimed", claimed)
          .setParameter("ids", new ArrayList<>(ids))
          .executeUpdate();
    }
  }
}
