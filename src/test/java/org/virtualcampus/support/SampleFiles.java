package org.virtualcampus.support;

import java.nio.charset.StandardCharsets;

/** Small files of real types, as their first bytes show them, for uploads in tests. */
public final class SampleFiles {
  public static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private SampleFiles() {}

  /** An MP3 as players and Apache Tika know it: an ID3 tag, then MPEG audio frame headers. */
  public static byte[] mp3(int size) {
    byte[] content = new byte[size];
    byte[] id3 = {'I', 'D', '3', 3, 0, 0, 0, 0, 0, 0};
    System.arraycopy(id3, 0, content, 0, id3.length);
    for (int i = id3.length; i + 4 < size; i += 417) {
      content[i] = (byte) 0xFF;
      content[i + 1] = (byte) 0xFB;
      content[i + 2] = (byte) 0x90;
      content[i + 3] = 0x64;
    }
    return content;
  }
}
