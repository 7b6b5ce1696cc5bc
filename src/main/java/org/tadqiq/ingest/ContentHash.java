package org.tadqiq.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A source's identity is its text: two inputs with the same text (the same file named twice, a
 * copy under another name, a link) are one article, read once, so it cannot corroborate itself.
 */
public final class ContentHash {
  private ContentHash() {}

  /** SHA-256 of the text's UTF-8, the first 128 bits in hex. */
  public static String of(String text) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(d.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The later of two inputs with the same text, marked as a duplicate of the first. */
  public static Source duplicate(Source later, String firstId, String firstPath) {
    java.util.List<String> problems = new java.util.ArrayList<>(later.problems());
    problems.add(later.path() + ": the same text as " + firstId
        + (firstPath.equals(later.path()) ? "" : " (" + firstPath + ")") + ": read once");
    return new Source(later.id(), later.path(), later.url(), later.outlet(), later.title(),
        later.language(), later.published(), "", Source.Status.DUPLICATE, problems);
  }
}
