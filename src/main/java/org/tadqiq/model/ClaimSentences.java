package org.tadqiq.model;

import java.io.ByteArrayOutputStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The sentences that claims quote, as one text: a claim's context is a range of it. A check holds
 * every claim of an archive until its reports are written, and the sentences were most of what
 * they held (about 3 KB per article as strings), so the claims of one source share one
 * {@link #deflated} text — about a third of the size — that is inflated again only when a report
 * reads a quote or a sentence. Claims made one at a time (a store's, a test's) hold a
 * {@link #plain} one.
 */
public sealed interface ClaimSentences {
  /** The sentences, one after another. */
  String text();

  /** A sentence kept as it is. */
  static ClaimSentences plain(String text) {
    return new Plain(text);
  }

  /**
   * Sentences deflated with {@code deflater} (reset here: one per thread, reused); kept plain when
   * they hold a broken surrogate, which UTF-8 cannot carry back unchanged.
   */
  static ClaimSentences deflated(String text, Deflater deflater) {
    if (!wellFormed(text)) {
      return plain(text);
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    deflater.reset();
    deflater.setInput(utf8);
    deflater.finish();
    ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
    byte[] buffer = new byte[4096];
    while (!deflater.finished()) {
      out.write(buffer, 0, deflater.deflate(buffer));
    }
    return new Deflated(out.toByteArray(), utf8.length);
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** A sentence kept as it is. */
  record Plain(String text) implements ClaimSentences {}

  /** Deflated UTF-8. */
  final class Deflated implements ClaimSentences {
    private final byte[] bytes;
    private final int length;
    /**
     * The text last inflated, while the collector leaves it: a report reads the claims of one
     * source one after another, and inflates their sentences once instead of once per claim.
     */
    private WeakReference<String> inflated = new WeakReference<>(null);

    private Deflated(byte[] bytes, int length) {
      this.bytes = bytes;
      this.length = length;
    }

    @Override
    public String text() {
      String text = inflated.get();
      if (text == null) {
        text = inflate();
        inflated = new WeakReference<>(text);
      }
      return text;
    }

    private String inflate() {
      Inflater inflater = new Inflater();
      try {
        inflater.setInput(bytes);
        byte[] utf8 = new byte[length];
        int n = 0;
        while (n < length && !inflater.finished()) {
          n += inflater.inflate(utf8, n, length - n);
        }
        return new String(utf8, 0, n, StandardCharsets.UTF_8);
      } catch (DataFormatException e) {
        throw new IllegalStateException("claim sentences deflated here could not be inflated", e);
      } finally {
        inflater.end();
      }
    }
  }
}
