package org.tadqiq.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.tadqiq.text.Blank;

/**
 * A file's bytes as text. The encoding is found, not assumed: a byte-order mark says UTF-8,
 * UTF-16LE or UTF-16BE (and is dropped); without one, clean UTF-8 is UTF-8, and bytes that are
 * not (NULs, control characters, invalid sequences) are tried as UTF-16 of either byte order,
 * taken only when that gives coherent text. What is none of these is reported: no text at all
 * (binary), or not UTF-8 at a given byte.
 */
final class TextDecoder {
  private TextDecoder() {}

  /** The text (line ends made \n), its encoding, or the reason there is none. */
  record Decoded(String text, String encoding, Source.Status failure, String problem) {
    boolean ok() {
      return failure == null;
    }

    /** A note for a text that was not plain UTF-8, or null. */
    String note() {
      return ok() && !encoding.equals("UTF-8") ? "read as " + encoding : null;
    }
  }

  /**
   * @param length how many bytes of {@code bytes} hold the file (or its first part)
   * @param cut whether the file goes on past them: a character cut at the end is dropped
   */
  static Decoded decode(byte[] bytes, int length, boolean cut) {
    if (length == 0) {
      return failed(Source.Status.EMPTY, "empty file");
    }
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      String t = strict(StandardCharsets.UTF_8, bytes, 3, utf8End(bytes, length, cut));
      return t == null ? notUtf8(bytes, 3, length) : text(t, "UTF-8 (byte-order mark dropped)");
    }
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      boolean little = utf16 == StandardCharsets.UTF_16LE;
      if (startsWith(bytes, length, little ? 0xFF : 0xFE, little ? 0xFE : 0xFF)) {
        String t = strict(utf16, bytes, 2, utf16End(bytes, 2, length, cut, little));
        return t == null
            ? failed(Source.Status.NOT_UTF8, "not valid " + utf16.name() + " (it has a "
                + utf16.name() + " byte-order mark)")
            : text(t, utf16.name() + " (byte-order mark)");
      }
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, 0, utf8End(bytes, length, cut));
    if (utf8 != null && controls(utf8) == 0) {
      return text(utf8, "UTF-8");
    }
    for (Charset utf16 : new Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
      boolean little = utf16 == StandardCharsets.UTF_16LE;
      if (length % 2 == 0 || cut) {
        String t = strict(utf16, bytes, 0, utf16End(bytes, 0, length, cut, little));
        if (t != null && coherent(t)) {
          return text(t, utf16.name() + " (no byte-order mark)");
        }
      }
    }
    int nul = indexOf(bytes, length, (byte) 0);
    if (nul >= 0) {
      return failed(Source.Status.BINARY, "binary file (NUL byte at offset " + nul + ")");
    }
    if (utf8 == null) {
      return notUtf8(bytes, 0, length);
    }
    int n = controls(utf8);
    if (n > Math.max(2, utf8.length() / 100)) {
      int at = firstControlByte(bytes, length);
      return failed(Source.Status.BINARY, "not text: " + n + " control characters"
          + (at < 0 ? "" : " (the first at byte " + at + ")"));
    }
    return text(utf8, "UTF-8");
  }

  private static Decoded text(String t, String encoding) {
    String text = t.startsWith("\uFEFF") ? t.substring(1) : t;
    // one line-ending convention, so offsets are the same on every platform
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (Blank.isBlank(text)) {
      return failed(Source.Status.EMPTY, "no text (only white space)");
    }
    return new Decoded(text, encoding, null, null);
  }

  private static Decoded failed(Source.Status status, String problem) {
    return new Decoded(null, null, status, problem);
  }

  private static Decoded notUtf8(byte[] bytes, int from, int length) {
    return failed(Source.Status.NOT_UTF8, "not UTF-8 at byte " + firstBadByte(bytes, from, length));
  }

  private static boolean startsWith(byte[] b, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The bytes as text in a charset, or null where they are not valid in it. */
  private static String strict(Charset charset, byte[] b, int from, int to) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b, from, Math.max(0, to - from)))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  // A file read only in part may end inside a character: that character is dropped.
  private static int utf8End(byte[] b, int length, boolean cut) {
    if (!cut) {
      return length;
    }
    for (int k = length - 1; k >= Math.max(0, length - 4); k--) {
      int v = b[k] & 0xFF;
      if ((v & 0xC0) != 0x80) { // the last lead byte: does its sequence fit?
        int need = v < 0x80 ? 1 : v >= 0xF0 ? 4 : v >= 0xE0 ? 3 : 2;
        return k + need <= length ? length : k;
      }
    }
    return length;
  }

  private static int utf16End(byte[] b, int from, int length, boolean cut, boolean little) {
    int end = from + (length - from) / 2 * 2;
    if (cut && end - from >= 2) {
      int hi = little ? b[end - 1] & 0xFF : b[end - 2] & 0xFF;
      if (hi >= 0xD8 && hi <= 0xDB) {
        end -= 2; // a high surrogate whose pair was cut off
      }
    }
    return end;
  }

  /** Control characters other than tab, line ends and form feed (which plain text carries). */
  private static int controls(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B
          || c >= 0x7F && c <= 0x9F) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether text decoded as UTF-16 reads as text: almost all letters, marks, digits, spaces and
   * punctuation, and from few 256-char blocks (one script and ASCII), as written text is.
   * Random bytes read as UTF-16 scatter over the CJK and Hangul blocks instead.
   */
  private static boolean coherent(String t) {
    if (t.isEmpty()) {
      return false;
    }
    int texty = 0;
    int[] blocks = new int[256];
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      int type = Character.getType(c);
      boolean ok = Character.isLetterOrDigit(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
          || type == Character.NON_SPACING_MARK || type == Character.FORMAT
          || type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
          || type == Character.MATH_SYMBOL || type == Character.CURRENCY_SYMBOL;
      if (ok && c >= 0x20 || c == '\n' || c == '\r' || c == '\t') {
        texty++;
      }
      blocks[c >> 8]++;
    }
    int[] sorted = blocks.clone();
    java.util.Arrays.sort(sorted);
    int topTwo = sorted[255] + sorted[254];
    return texty >= 0.95 * t.length() && topTwo >= 0.8 * t.length() && controls(t) == 0;
  }

  private static int indexOf(byte[] b, int length, byte v) {
    for (int i = 0; i < length; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static int firstControlByte(byte[] b, int length) {
    for (int i = 0; i < length; i++) {
      int v = b[i] & 0xFF;
      if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x0B || v == 0x7F) {
        return i;
      }
    }
    return -1;
  }

  static int firstBadByte(byte[] bytes, int from, int length) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, length - from);
    CharBuffer out = CharBuffer.allocate(length - from + 1);
    CoderResult result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}
