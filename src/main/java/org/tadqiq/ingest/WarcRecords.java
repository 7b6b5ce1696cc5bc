package org.tadqiq.ingest;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Cuts a (decompressed) WARC stream into records by their headers' Content-Length, so that one bad
 * record never ends the reading: a record that does not begin as a WARC record, has no length or
 * does not end where its length says is reported, and reading goes on at the next line that
 * begins a record. A record's payload over the record limit is skipped without being kept.
 */
final class WarcRecords {
  private static final byte[] MAGIC = "WARC/".getBytes(StandardCharsets.US_ASCII);
  private static final int MAX_HEADER = 1 << 18;
  private InputStream in;
  private final long maxBlock;
  private final byte[] buffer = new byte[1 << 16];
  private int length;
  private int position;
  private long consumed; // bytes before buffer[0]

  /** One record's bytes, or why the bytes at {@code offset} are no usable record. */
  record Next(long offset, byte[] bytes, long blockLength, String problem, boolean tooLarge) {}

  WarcRecords(InputStream in, long maxBlock) {
    this.in = in;
    this.maxBlock = maxBlock;
  }

  /** Bytes of the stream read so far. */
  long offset() {
    return consumed + position;
  }

  /** The next record, or null at the end of the stream. */
  Next next() throws IOException {
    skipLineEnds();
    long start = offset();
    if (peek() < 0) {
      return null;
    }
    if (!startsWithMagic()) {
      skipToNextRecord();
      return new Next(start, null, 0, "no WARC record begins here (skipped to the next record at "
          + offset() + ")", false);
    }
    ByteArrayOutputStream header = new ByteArrayOutputStream(1024);
    long contentLength = -1;
    while (true) {
      String line = readLine(header);
      if (line == null) {
        throw new EOFException("the archive ends inside a record's header at " + start);
      }
      if (header.size() > MAX_HEADER) {
        skipToNextRecord();
        return new Next(start, null, 0, "a record header longer than " + MAX_HEADER + " bytes", false);
      }
      if (line.isEmpty()) {
        break;
      }
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals("content-length")) {
        try {
          contentLength = Long.parseLong(line.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
          contentLength = -2;
        }
      }
    }
    if (contentLength < 0) {
      skipToNextRecord();
      return new Next(start, null, 0, contentLength == -1 ? "a record without Content-Length"
          : "a record whose Content-Length is not a number", false);
    }
    if (contentLength > maxBlock) {
      skip(contentLength);
      skipLineEnds();
      return new Next(start, null, contentLength, "a record of " + contentLength
          + " bytes, over the record-bytes limit of " + maxBlock + ": skipped", true);
    }
    byte[] block = readUpTo((int) contentLength);
    int ends = block.length < contentLength ? 0 : skipLineEnds();
    if (ends < 2 && (peek() >= 0 || block.length < contentLength)) {
      // the record does not end where its length says: a record that begins inside what was
      // taken as its block is read again from there
      long blockStart = offset() - ends - block.length;
      boolean found = false;
      for (int i = 0; i + MAGIC.length <= block.length && !found; i++) {
        if ((i == 0 || block[i - 1] == '\n') && startsWith(block, i)) {
          pushBack(block, i, blockStart + i);
          found = true;
        }
      }
      if (!found && block.length < contentLength) {
        throw new EOFException("the archive ends inside the record at " + start + " ("
            + block.length + " of its " + contentLength + " bytes are there)");
      }
      return new Next(start, null, contentLength, "the record does not end where its Content-Length ("
          + contentLength + ") says", false);
    }
    header.write(block);
    header.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return new Next(start, header.toByteArray(), contentLength, null, false);
  }

  private static boolean startsWith(byte[] b, int at) {
    for (int k = 0; k < MAGIC.length; k++) {
      if (b[at + k] != MAGIC[k]) {
        return false;
      }
    }
    return true;
  }

  /** Reads {@code b[from..]}, then what was buffered, then the stream, as if never read. */
  private void pushBack(byte[] b, int from, long offsetOfFrom) {
    byte[] again = new byte[b.length - from + length - position];
    System.arraycopy(b, from, again, 0, b.length - from);
    System.arraycopy(buffer, position, again, b.length - from, length - position);
    in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(again), in);
    consumed = offsetOfFrom;
    length = 0;
    position = 0;
  }

  private int peek() throws IOException {
    if (position == length && !fill()) {
      return -1;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    if (position < length) {
      return true;
    }
    consumed += length;
    length = Math.max(0, in.read(buffer, 0, buffer.length));
    position = 0;
    return length > 0;
  }

  private boolean startsWithMagic() throws IOException {
    if (length - position < MAGIC.length) {
      // move the rest to the front so the magic can be seen whole
      int rest = length - position;
      System.arraycopy(buffer, position, buffer, 0, rest);
      consumed += position;
      position = 0;
      length = rest;
      while (length < MAGIC.length) {
        int n = in.read(buffer, length, buffer.length - length);
        if (n <= 0) {
          break;
        }
        length += n;
      }
    }
    if (length - position < MAGIC.length) {
      return false;
    }
    for (int i = 0; i < MAGIC.length; i++) {
      if (buffer[position + i] != MAGIC[i]) {
        return false;
      }
    }
    return true;
  }

  /** One header line (written to {@code raw} with its line end), without the line end. */
  private String readLine(ByteArrayOutputStream raw) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(80);
    while (true) {
      int b = peek();
      if (b < 0) {
        return null;
      }
      position++;
      raw.write(b);
      if (b == '\n') {
        byte[] l = line.toByteArray();
        int n = l.length > 0 && l[l.length - 1] == '\r' ? l.length - 1 : l.length;
        return new String(l, 0, n, StandardCharsets.UTF_8);
      }
      if (line.size() <= MAX_HEADER) {
        line.write(b);
      }
    }
  }

  /** n bytes, or fewer when the stream ends first. */
  private byte[] readUpTo(int n) throws IOException {
    byte[] out = new byte[n];
    int done = 0;
    while (done < n) {
      if (position == length && !fill()) {
        return java.util.Arrays.copyOf(out, done);
      }
      int k = Math.min(n - done, length - position);
      System.arraycopy(buffer, position, out, done, k);
      position += k;
      done += k;
    }
    return out;
  }

  private void skip(long n) throws IOException {
    long left = n;
    while (left > 0) {
      if (position == length && !fill()) {
        throw new EOFException("the archive ends inside a record");
      }
      int k = (int) Math.min(left, length - position);
      position += k;
      left -= k;
    }
  }

  private int skipLineEnds() throws IOException {
    int n = 0;
    for (int b = peek(); b == '\r' || b == '\n'; b = peek()) {
      position++;
      n++;
    }
    return n;
  }

  /** Reads on to the next line that begins with "WARC/" (or the end). */
  private void skipToNextRecord() throws IOException {
    boolean lineStart = false;
    while (peek() >= 0) {
      if (lineStart && startsWithMagic()) {
        return;
      }
      lineStart = buffer[position] == '\n';
      position++;
    }
  }
}
