package org.tadqiq.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Gzip data read member after member (a .warc.gz holds one member per record), strictly: bytes
 * after the last member that are not another member, a bad checksum or data that ends early are
 * errors naming the byte, where the JDK's GZIPInputStream would quietly stop. Inflated bytes are
 * counted against the archive limits, so a decompression bomb stops with {@link LimitExceeded}
 * after little work instead of filling memory or disk.
 */
final class GzipInput extends InputStream {
  private final InputStream raw;
  private final InputLimits limits;
  private final byte[] buffer = new byte[1 << 16];
  private int bufferLength;
  private int bufferPosition; // first byte not yet handed to the inflater or read as header
  private long rawRead;
  private final Inflater inflater = new Inflater(true);
  private final CRC32 crc = new CRC32();
  private long inflated;
  private long memberInflated;
  private boolean inMember;
  private boolean end;
  private int members;
  /** Where recent members begin: {inflated offset, compressed offset}. */
  private final Deque<long[]> starts = new ArrayDeque<>();

  GzipInput(InputStream raw, InputLimits limits) {
    this.raw = raw;
    this.limits = limits;
  }

  /** Compressed bytes consumed so far. */
  long compressedPosition() {
    return rawRead - (bufferLength - bufferPosition) - (inMember ? inflater.getRemaining() : 0);
  }

  long inflated() {
    return inflated;
  }

  /**
   * Where the byte at an inflated offset comes from, as archive tools name it: the compressed
   * offset of its gzip member, followed by {@code +n} when it is not the member's first byte.
   */
  String locate(long inflatedOffset) {
    long[] best = null;
    for (long[] s : starts) {
      if (s[0] <= inflatedOffset) {
        best = s;
      }
    }
    if (best == null) {
      return Long.toString(inflatedOffset);
    }
    return best[0] == inflatedOffset ? Long.toString(best[1]) : best[1] + "+" + (inflatedOffset - best[0]);
  }

  /** Forgets where members before this inflated offset began (they are read). */
  void forgetBefore(long inflatedOffset) {
    while (starts.size() > 1) {
      java.util.Iterator<long[]> it = starts.iterator();
      it.next();
      if (it.next()[0] > inflatedOffset) {
        return;
      }
      starts.removeFirst();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!end) {
      if (!inMember && !startMember()) {
        end = true;
        break;
      }
      int n;
      try {
        n = inflater.inflate(b, off, len);
      } catch (DataFormatException e) {
        throw new IOException("corrupt gzip data near byte " + compressedPosition());
      }
      if (n > 0) {
        crc.update(b, off, n);
        inflated += n;
        memberInflated += n;
        checkLimits();
        return n;
      }
      if (inflater.finished()) {
        bufferPosition = bufferLength - inflater.getRemaining();
        inMember = false;
        readTrailer();
      } else if (inflater.needsDictionary()) {
        throw new IOException("unsupported gzip data (a preset dictionary) near byte " + compressedPosition());
      } else if (inflater.needsInput()) {
        if (fill() <= 0) {
          throw new EOFException("the gzip data ends early (a truncated archive)");
        }
        inflater.setInput(buffer, bufferPosition, bufferLength - bufferPosition);
        bufferPosition = bufferLength;
      }
    }
    return -1;
  }

  private void checkLimits() throws LimitExceeded {
    if (inflated > limits.archiveBytes()) {
      throw new LimitExceeded("inflates to more than " + mb(limits.archiveBytes())
          + " (limit archive-bytes): reading stopped");
    }
    long compressed = Math.max(1, compressedPosition());
    if (inflated > InputLimits.RATIO_FLOOR && inflated > limits.inflationRatio() * compressed) {
      throw new LimitExceeded(String.format(Locale.ROOT,
          "a decompression bomb: %s inflated from %s (%.0f:1, over the inflation-ratio limit of"
              + " %.0f:1): reading stopped", mb(inflated), mb(compressed),
          (double) inflated / compressed, limits.inflationRatio()));
    }
  }

  static String mb(long bytes) {
    return bytes >= 1 << 20 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0) : bytes + " bytes";
  }

  private boolean startMember() throws IOException {
    long at = compressedPosition();
    int b0 = readByte();
    if (b0 < 0) {
      if (members == 0) {
        throw new EOFException("no gzip data (0 bytes)");
      }
      return false;
    }
    int b1 = needByte();
    if (b0 != 0x1F || b1 != 0x8B) {
      throw new IOException(members == 0 ? "not gzip data (the file does not start as gzip does)"
          : "bytes after the gzip data at byte " + at + " are not gzip data");
    }
    if (needByte() != 8) {
      throw new IOException("unknown gzip compression method at byte " + at);
    }
    int flags = needByte();
    skip(6); // modification time, extra flags, operating system
    if ((flags & 4) != 0) {
      skip(needByte() | needByte() << 8);
    }
    if ((flags & 8) != 0) {
      skipZeroTerminated();
    }
    if ((flags & 16) != 0) {
      skipZeroTerminated();
    }
    if ((flags & 2) != 0) {
      skip(2);
    }
    inflater.reset();
    crc.reset();
    memberInflated = 0;
    inMember = true;
    members++;
    starts.addLast(new long[] {inflated, at});
    if (bufferPosition < bufferLength) {
      inflater.setInput(buffer, bufferPosition, bufferLength - bufferPosition);
      bufferPosition = bufferLength;
    }
    return true;
  }

  private void readTrailer() throws IOException {
    long at = compressedPosition();
    long sum = needByte() | needByte() << 8 | needByte() << 16 | (long) needByte() << 24;
    long size = needByte() | needByte() << 8 | needByte() << 16 | (long) needByte() << 24;
    if (sum != crc.getValue() || size != (memberInflated & 0xFFFFFFFFL)) {
      throw new IOException("gzip checksum does not match at byte " + at + " (corrupt data)");
    }
  }

  private int fill() throws IOException {
    if (bufferPosition < bufferLength) {
      return bufferLength - bufferPosition;
    }
    int n = raw.read(buffer, 0, buffer.length);
    bufferPosition = 0;
    bufferLength = Math.max(0, n);
    if (n > 0) {
      rawRead += n;
    }
    return n;
  }

  private int readByte() throws IOException {
    if (bufferPosition >= bufferLength && fill() <= 0) {
      return -1;
    }
    return buffer[bufferPosition++] & 0xFF;
  }

  private int needByte() throws IOException {
    int b = readByte();
    if (b < 0) {
      throw new EOFException("the gzip data ends early (a truncated archive)");
    }
    return b;
  }

  private void skip(int n) throws IOException {
    for (int i = 0; i < n; i++) {
      needByte();
    }
  }

  private void skipZeroTerminated() throws IOException {
    while (needByte() != 0) {
      // a file name or comment
    }
  }

  @Override
  public void close() throws IOException {
    inflater.end();
    raw.close();
  }
}
