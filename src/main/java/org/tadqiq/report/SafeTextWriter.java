package org.tadqiq.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report's output stream, which cannot fail on any string: an unpaired UTF-16 surrogate (which
 * UTF-8 cannot encode) becomes U+FFFD, and in HTML so does every character HTML forbids (control
 * characters other than tab, line feed, form feed and carriage return; noncharacters), so the page
 * stays well-formed whatever a source's text, title or file name holds. A surrogate pair split
 * across two writes is kept whole.
 */
public final class SafeTextWriter extends Writer {
  private static final char REPLACEMENT = '\uFFFD';
  private final Writer out;
  private final boolean html;
  private final char[] buffer = new char[8192];
  private int used;
  private char pendingHigh;

  public SafeTextWriter(Writer out, boolean html) {
    this.out = out;
    this.html = html;
  }

  /** A UTF-8 file writer for a report; {@code html} also replaces what HTML forbids. */
  public static Writer open(Path file, boolean html) throws IOException {
    return new SafeTextWriter(new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16), html);
  }

  @Override
  public void write(char[] chars, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      put(chars[i]);
    }
  }

  @Override
  public void write(String s, int off, int len) throws IOException {
    for (int i = off; i < off + len; i++) {
      put(s.charAt(i));
    }
  }

  @Override
  public void write(int c) throws IOException {
    put((char) c);
  }

  private void put(char c) throws IOException {
    if (pendingHigh != 0) {
      char high = pendingHigh;
      pendingHigh = 0;
      if (Character.isLowSurrogate(c)) {
        emit(high);
        emit(c);
        return;
      }
      emit(REPLACEMENT);
    }
    if (Character.isHighSurrogate(c)) {
      pendingHigh = c;
    } else if (Character.isLowSurrogate(c) || html && forbiddenInHtml(c)) {
      emit(REPLACEMENT);
    } else {
      emit(c);
    }
  }

  static boolean forbiddenInHtml(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c >= 0xFDD0 && c <= 0xFDEF
        || c == 0xFFFE || c == 0xFFFF;
  }

  private void emit(char c) throws IOException {
    if (used == buffer.length) {
      out.write(buffer, 0, used);
      used = 0;
    }
    buffer[used++] = c;
  }

  @Override
  public void flush() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingHigh != 0) {
      pendingHigh = 0;
      emit(REPLACEMENT);
    }
    flush();
    out.close();
  }
}
