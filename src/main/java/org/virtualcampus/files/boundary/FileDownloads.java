package org.virtualcampus.files.boundary;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.virtualcampus.files.entity.StoredFile;
import org.virtualcampus.identity.entity.Actor;
import org.virtualcampus.platform.error.NotFoundException;

/**
 * Opens a stored file for someone who may read it (its owner, or whoever a feature holding it
 * allows); for anyone else there is no such file. The bytes on disk are checked against the size
 * and SHA-256 the upload measured, the first time this instance serves them (again whenever the
 * file changes on disk), so a damaged file is refused rather than served.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FileDownloads {
  private static final Logger LOG = Logger.getLogger(FileDownloads.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Files files;
  @Inject @Any Instance<FileReadPermission> permissions;

  /** Ids with the modification time at which their bytes matched their checksum. */
  private final Cache<String, Long> verified = Caffeine.newBuilder().maximumSize(20_000).build();

  public Download open(String fileId, Actor actor) {
    StoredFile file = fileId == null ? null : em.find(StoredFile.class, fileId);
    if (file == null || !mayRead(file, actor)) {
      throw new NotFoundException("File", fileId);
    }
    Path path = files.store().pathOf(file.id());
    verify(file, path);
    return new Download(StoredFileView.of(file), path);
  }

  private boolean mayRead(StoredFile file, Actor actor) {
    if (actor.memberId().equals(file.ownerId())) {
      return true;
    }
    for (FileReadPermission permission : permissions) {
      if (permission.mayRead(file.id(), actor)) {
        return true;
      }
    }
    return false;
  }

  private void verify(StoredFile file, Path path) {
    try {
      long modified = java.nio.file.Files.getLastModifiedTime(path).toMillis();
      Long known = verified.getIfPresent(file.id());
      if (known != null && known == modified) {
        return;
      }
      if (java.nio.file.Files.size(path) != file.sizeBytes()
          || !files.store().digestOf(file.id()).equals(file.sha256())) {
        throw new DamagedFileException(file.id());
      }
      verified.put(file.id(), modified);
    } catch (IOException e) {
      LOG.log(Level.SEVERE, "Stored file " + file.id() + " cannot be read", e);
      throw new DamagedFileException(file.id());
    }
  }

  /** Bytes that do not match their upload: never served; an operator must restore them. */
  public static final class DamagedFileException extends RuntimeException {
    DamagedFileException(String id) {
      super("Stored file " + id + " does not match its recorded size and checksum");
      LOG.severe(getMessage());
    }
  }
}
