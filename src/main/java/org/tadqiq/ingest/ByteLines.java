package org.tadqiq.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a stream as bytes (decoded by the caller, which can then name the bad byte), none
 * kept longer than a limit: a longer line is read through and reported as too long, so one huge
 * record costs no memory. A line's bytes are in a buffer the next line reuses.
 */
final class ByteLines {
  private final InputStream in;
  private final long max;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private int position;
  private int number;
  private byte[] line = new byte[1 << 12];

  /**
   * One line without its line end: {@code bytes[0..size)}, valid until the next call; {@code bytes}
   * is null when the line was too long. {@code length} is the line's length in the stream.
   */
  record Line(int number, byte[] bytes, int size, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  ByteLines(InputStream in, long maxBytes) {
    this.in = in;
    this.max = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    byte[] line = this.line;
    int used = 0;
    long total = 0;
    boolean any = false;
    while (true) {
      if (position == length) {
        length = in.read(buffer, 0, buffer.length);
        position = 0;
        if (length <= 0) {
          length = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = position;
      while (position < length && buffer[position] != '\n') {
        position++;
      }
      int n = position - start;
      total += n;
      if (line != null && total <= max) {
        if (used + n > line.length) {
          line = Arrays.copyOf(line, (int) Math.min(Integer.MAX_VALUE - 8,
              Math.max(used + n, 2L * line.length)));
        }
        System.arraycopy(buffer, start, line, used, n);
        used += n;
      } else {
        line = null; // too long: read on to the line end, keep nothing
      }
      if (position < length) {
        position++; // the \n
        break;
      }
    }
    number++;
    if (line == null) {
      return new Line(number, null, 0, total);
    }
    this.line = line; // grown for a long line: kept for the next ones (at most the record limit)
    if (used > 0 && line[used - 1] == '\r') {
      used--;
    }
    return new Line(number, line, used, total);
  }
}
