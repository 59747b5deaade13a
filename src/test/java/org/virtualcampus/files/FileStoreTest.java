package org.virtualcampus.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.management.ThreadMXBean;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.virtualcampus.files.boundary.ByteRange;
import org.virtualcampus.files.control.FileStore;
import org.virtualcampus.files.control.FileTypes;
import org.virtualcampus.files.control.StoredBytes;
import org.virtualcampus.platform.error.PayloadTooLargeException;

class FileStoreTest {
  @TempDir Path dir;

  private StoredBytes receive(InputStream in, long max) throws IOException {
    return new FileStore(dir).receive(in, max, max + " bytes");
  }

  private long filesIn(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void aCompleteUploadIsMeasuredAndMovedIntoPlace() throws IOException {
    FileStore store = new FileStore(dir);
    byte[] content = "hello".getBytes(StandardCharsets.UTF_8);
    StoredBytes bytes = store.receive(new ByteArrayInputStream(content), 100, "100 bytes");
    assertThat(bytes.size()).isEqualTo(5);
    assertThat(bytes.sha256())
        .isEqualTo("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
    store.keep(bytes, "abcdef");
    assertThat(Files.readAllBytes(store.pathOf("abcdef"))).isEqualTo(content);
    assertThat(store.digestOf("abcdef")).isEqualTo(bytes.sha256());
    assertThat(filesIn(store.temporaryDirectory())).isZero();
  }

  @Test
  void tooLargeStopsReadingJustPastTheLimitAndLeavesNothing() throws IOException {
    CountingStream endless = new CountingStream(Long.MAX_VALUE);
    assertThatThrownBy(() -> receive(endless, 1024 * 1024))
        .isInstanceOf(PayloadTooLargeException.class);
    assertThat(endless.read).isLessThanOrEqualTo(1024 * 1024 + 64 * 1024);
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void aBrokenConnectionLeavesNoPartialFile() throws IOException {
    InputStream broken =
        new CountingStream(Long.MAX_VALUE) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (read > 1024 * 1024) {
              throw new IOException("connection reset");
            }
            return super.read(b, off, len);
          }
        };
    assertThatThrownBy(() -> receive(broken, 10L * 1024 * 1024)).isInstanceOf(IOException.class);
    assertThat(filesIn(dir)).isZero();
  }

  @Test
  void twoHundredMegabytesStreamThroughAFewMegabytesOfMemory() throws IOException {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    StoredBytes bytes = receive(new CountingStream(200L * 1024 * 1024), 200L * 1024 * 1024);
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertThat(bytes.size()).isEqualTo(200L * 1024 * 1024);
    assertThat(allocated).isLessThan(8L * 1024 * 1024);
  }

  @Test
  void theTypeComesFromTheContentAndTheNameOnlyRefinesIt() throws IOException {
    Path pdf = write("a", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
    Path text = write("b", "just some words".getBytes(StandardCharsets.UTF_8));
    Path docx = write("c", minimalDocx());
    Path noise = write("d", new byte[] {1, 2, 3, 4, 5, 6, 7, (byte) 0xff, 0, 9});
    assertThat(FileTypes.detect(pdf, "x.docx").toString()).isEqualTo("application/pdf");
    assertThat(FileTypes.detect(text, "notes.pdf").getBaseType().toString())
        .isEqualTo("text/plain");
    assertThat(FileTypes.detect(docx, "essay.docx").toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    assertThat(FileTypes.matching(FileTypes.detect(noise, "essay.docx"), List.of("docx")))
        .isEmpty();
    assertThat(FileTypes.matching(FileTypes.detect(pdf, "a.pdf"), List.of("docx", "pdf")))
        .contains("pdf");
  }

  @Test
  void byteRangesFollowTheHttpRules() throws ByteRange.Unsatisfiable {
    assertThat(ByteRange.parse("bytes=0-99", 1000)).contains(new ByteRange(0, 99));
    assertThat(ByteRange.parse("bytes=900-", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.parse("bytes=-100", 1000)).contains(new ByteRange(900, 999));
    assertThat(ByteRange.parse("bytes=990-2000", 1000)).contains(new ByteRange(990, 999));
    assertThat(ByteRange.parse("bytes=0-1,5-6", 1000)).isEqualTo(Optional.empty());
    assertThat(ByteRange.parse(null, 1000)).isEqualTo(Optional.empty());
    assertThatThrownBy(() -> ByteRange.parse("bytes=1000-", 1000))
        .isInstanceOf(ByteRange.Unsatisfiable.class);
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  static byte[] minimalDocx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  /** Endless zeros (up to {@code size}), counting what was read. */
  static class CountingStream extends InputStream {
    final long size;
    long read;

    CountingStream(long size) {
      this.size = size;
    }

    @Override
    public int read() {
      return read++ < size ? 0 : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (read >= size) {
        return -1;
      }
      int n = (int) Math.min(len, size - read);
      java.util.Arrays.fill(b, off, off + n, (byte) 0);
      read += n;
      return n;
    }
  }
}
