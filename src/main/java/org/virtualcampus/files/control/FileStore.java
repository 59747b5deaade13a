package org.virtualcampus.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.virtualcampus.platform.error.PayloadTooLargeException;
import org.virtualcampus.platform.error.StorageUnavailableException;

/**
 * The bytes of stored files on disk: each upload is written to a temporary file (hashed and counted
 * while it streams, never held in memory) and moved to its place only once complete and synced, so
 * a cut connection or a full disk leaves no partial file where a download could find it.
 */
public final class FileStore {
  static final int BUFFER = 64 * 1024;
  private final Path root;

  public FileStore(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  public Path temporaryDirectory() {
    return root.resolve("tmp");
  }

  /**
   * Where a stored file's bytes live: spread over 256 folders by the first characters of the id.
   */
  public Path pathOf(String id) {
    return root.resolve(id.substring(0, 2)).resolve(id);
  }

  /**
   * Writes {@code body} to a temporary file; stops reading as soon as more than {@code maxBytes}
   * arrived (413). On any failure the temporary file is gone. A body that breaks off is an {@link
   * IOException}; a file directory that cannot take the bytes (disk full, gone) is a {@link
   * StorageUnavailableException}, so the client learns which side failed.
   */
  public StoredBytes receive(InputStream body, long maxBytes, String limitText) throws IOException {
    Path temp;
    try {
      Files.createDirectories(temporaryDirectory());
      temp = Files.createTempFile(temporaryDirectory(), "upload-", ".part");
    } catch (IOException e) {
      throw StorageUnavailableException.of(e);
    }
    try {
      MessageDigest sha = sha256();
      long size = 0;
      byte[] buffer = new byte[BUFFER];
      try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE)) {
        int n;
        while ((n = body.read(buffer, 0, (int) Math.min(buffer.length, maxBytes - size + 1))) > 0) {
          size += n;
          if (size > maxBytes) {
            throw new PayloadTooLargeException(
                "The file is larger than " + limitText + ", the most this upload takes.");
          }
          sha.update(buffer, 0, n);
          write(out, buffer, n);
        }
      } catch (IOException closing) {
        // Closing flushes what the last writes buffered: a full disk can surface only here.
        if (closing.getMessage() != null && closing.getMessage().contains("No space left")) {
          throw StorageUnavailableException.of(closing);
        }
        throw closing;
      }
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        channel.force(true);
      } catch (IOException e) {
        throw StorageUnavailableException.of(e);
      }
      return new StoredBytes(temp, size, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  private static void write(OutputStream out, byte[] buffer, int n) {
    try {
      out.write(buffer, 0, n);
    } catch (IOException e) {
      throw StorageUnavailableException.of(e);
    }
  }

  /** Moves a complete upload into place under its id, atomically where the file system can. */
  public void keep(StoredBytes bytes, String id) throws IOException {
    Path target = pathOf(id);
    try {
      Files.createDirectories(target.getParent());
      try {
        Files.move(bytes.temp(), target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(bytes.temp(), target);
      }
    } catch (IOException e) {
      throw StorageUnavailableException.of(e);
    }
  }

  public void discard(StoredBytes bytes) {
    try {
      Files.deleteIfExists(bytes.temp());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The SHA-256 of a stored file as it is on disk now. */
  public String digestOf(String id) throws IOException {
    MessageDigest sha = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(pathOf(id)), sha)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
