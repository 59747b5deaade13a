package org.virtualcampus.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/**
 * The file types the campus knows, by short name, and the real type of a stored file read from its
 * content with Apache Tika. The name is only used to tell apart formats that share a container (a
 * Word document is a zip file): it may refine what the content says, never replace it, so text
 * named ".pdf" stays text and unknown bytes named ".docx" stay unknown.
 */
public final class FileTypes {
  private static final Map<String, List<String>> KNOWN = new LinkedHashMap<>();

  static {
    KNOWN.put("pdf", List.of("application/pdf"));
    KNOWN.put(
        "docx", List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    KNOWN.put("doc", List.of("application/msword", "application/x-tika-msoffice"));
    KNOWN.put("odt", List.of("application/vnd.oasis.opendocument.text"));
    KNOWN.put("txt", List.of("text/plain"));
    KNOWN.put("png", List.of("image/png"));
    KNOWN.put("jpg", List.of("image/jpeg"));
    KNOWN.put("gif", List.of("image/gif"));
    KNOWN.put("webp", List.of("image/webp"));
    KNOWN.put("mp3", List.of("audio/mpeg"));
    KNOWN.put("m4a", List.of("audio/mp4", "audio/x-m4a", "video/mp4", "video/quicktime"));
    KNOWN.put("wav", List.of("audio/vnd.wave", "audio/x-wav", "audio/wav"));
    KNOWN.put("ogg", List.of("audio/ogg", "audio/vorbis", "audio/opus", "video/ogg"));
    KNOWN.put("mp4", List.of("video/mp4", "video/quicktime", "audio/mp4"));
    KNOWN.put("webm", List.of("video/webm", "audio/webm"));
  }

  private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
  private static final MediaTypeRegistry REGISTRY = TYPES.getMediaTypeRegistry();

  private FileTypes() {}

  public static boolean known(String shortName) {
    return KNOWN.containsKey(shortName.toLowerCase(Locale.ROOT));
  }

  public static Collection<String> knownNames() {
    return KNOWN.keySet();
  }

  /** The type the content shows, refined by the name only within the content's own family. */
  public static MediaType detect(Path file, String fileName) throws IOException {
    MediaType byContent;
    try (InputStream in = TikaInputStream.get(file)) {
      byContent = TYPES.detect(in, new Metadata());
    }
    Metadata named = new Metadata();
    named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    MediaType byName;
    try (InputStream in = TikaInputStream.get(file)) {
      byName = TYPES.detect(in, named);
    }
    boolean unknown =
        byContent.equals(MediaType.OCTET_STREAM) || byContent.equals(MediaType.TEXT_PLAIN);
    return !unknown && REGISTRY.isSpecializationOf(byName, byContent) ? byName : byContent;
  }

  /** The short name among {@code allowed} that the detected type is, if any. */
  public static Optional<String> matching(MediaType detected, Collection<String> allowed) {
    String type = detected.getBaseType().toString();
    for (String name : allowed) {
      List<String> types = KNOWN.get(name.toLowerCase(Locale.ROOT));
      if (types != null && types.contains(type)) {
        return Optional.of(name.toLowerCase(Locale.ROOT));
      }
    }
    return Optional.empty();
  }
}
