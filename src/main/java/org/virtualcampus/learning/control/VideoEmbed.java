package org.virtualcampus.learning.control;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The privacy-friendly player address for a video on a well-known host: YouTube through its
 * no-cookie domain, Vimeo with "do not track". Other links are shown as links, never framed.
 */
public final class VideoEmbed {
  private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
  private static final Pattern VIMEO_ID = Pattern.compile("/(\\d{6,12})(?:/|$)");

  private VideoEmbed() {}

  public static Optional<String> playerFor(String link) {
    if (link == null) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = URI.create(link.strip());
    } catch (IllegalArgumentException notALink) {
      return Optional.empty();
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
    String path = uri.getPath() == null ? "" : uri.getPath();
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      return Optional.empty();
    }
    String youtube = null;
    if (host.equals("youtu.be")) {
      youtube = path.length() > 1 ? path.substring(1) : null;
    } else if (host.equals("www.youtube.com") || host.equals("youtube.com")) {
      youtube = path.startsWith("/embed/") ? path.substring(7) : query(uri, "v");
    }
    if (youtube != null && YOUTUBE_ID.matcher(youtube).matches()) {
      return Optional.of("https://www.youtube-nocookie.com/embed/" + youtube);
    }
    if (host.equals("vimeo.com") || host.equals("www.vimeo.com")) {
      Matcher id = VIMEO_ID.matcher(path);
      if (id.find()) {
        return Optional.of("https://player.vimeo.com/video/" + id.group(1) + "?dnt=1");
      }
    }
    return Optional.empty();
  }

  private static String query(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    return null;
  }
}
