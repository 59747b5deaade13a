package org.virtualcampus.attendance.control;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The decoded text of an upload, with where each line starts so rows can name their line. */
final class ReportText {
  private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

  private final String text;
  private final int[] lineStarts;

  private ReportText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>(List.of(0));
    Matcher breaks = LINE_BREAK.matcher(text);
    while (breaks.find()) {
      starts.add(breaks.end());
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /**
   * Teams writes UTF-16 with a byte-order mark and Excel writes UTF-8 with one; without a mark we
   * insist on UTF-8 rather than guess a legacy code page and garble names.
   */
  static ReportText decode(byte[] content) {
    if (content == null || content.length == 0) {
      return new ReportText("");
    }
    if (starts(content, 0xEF, 0xBB, 0xBF)) {
      return new ReportText(strict(content, 3, StandardCharsets.UTF_8));
    }
    if (starts(content, 0xFF, 0xFE)) {
      return new ReportText(strict(content, 2, StandardCharsets.UTF_16LE));
    }
    if (starts(content, 0xFE, 0xFF)) {
      return new ReportText(strict(content, 2, StandardCharsets.UTF_16BE));
    }
    return new ReportText(strict(content, 0, StandardCharsets.UTF_8));
  }

  private static boolean starts(byte[] content, int... mark) {
    if (content.length < mark.length) {
      return false;
    }
    for (int i = 0; i < mark.length; i++) {
      if ((content[i] & 0xFF) != mark[i]) {
        return false;
      }
    }
    return true;
  }

  private static String strict(byte[] content, int offset, Charset charset) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(content, offset, content.length - offset))
          .toString();
    } catch (CharacterCodingException e) {
      throw new ReportFormatException(
          "Not a participant report: the file is not UTF-8 or UTF-16 text;"
              + " export it again as CSV (UTF-8)");
    }
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The line numbered from 1, without its line break. */
  String line(int number) {
    int start = lineStarts[number - 1];
    int end = number < lineStarts.length ? lineStarts[number] : text.length();
    String line = text.substring(start, end);
    return LINE_BREAK.matcher(line).replaceAll("");
  }

  int startOf(int line) {
    return lineStarts[line - 1];
  }

  /** The line, numbered from 1, that holds the character at this offset. */
  int lineAt(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found + 1 : -found - 1;
  }
}
