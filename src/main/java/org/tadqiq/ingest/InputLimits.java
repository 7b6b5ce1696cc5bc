package org.tadqiq.ingest;

import java.util.Locale;

/**
 * How much of an input is read, so no input can exhaust memory or time: past a limit the rest is
 * left out and the input says so. Set from the command line with {@code --limit KEY=VALUE}.
 *
 * @param fileBytes bytes read of one .txt or .html file (the rest is left out and reported)
 * @param articleChars chars of text kept per article (the rest is reported as truncated)
 * @param recordBytes the largest JSON Lines line or WARC record payload read (larger: skipped)
 * @param archiveBytes bytes inflated from one compressed archive before reading stops
 * @param inflationRatio inflated ÷ compressed bytes beyond which (after the first {@link
 *     #RATIO_FLOOR} bytes) a compressed archive is a decompression bomb and reading stops
 */
public record InputLimits(
    long fileBytes, int articleChars, long recordBytes, long archiveBytes, double inflationRatio) {
  /** Inflated bytes before the ratio is looked at: small archives are never bombs. */
  public static final long RATIO_FLOOR = 16L << 20;

  public static final InputLimits DEFAULTS =
      new InputLimits(16L << 20, 2_000_000, 16L << 20, 64L << 30, 100);

  public InputLimits {
    if (fileBytes < 1 || articleChars < 1 || recordBytes < 1 || archiveBytes < 1
        || !(inflationRatio >= 1)) {
      throw new IllegalArgumentException("input limits must be positive (a ratio at least 1)");
    }
  }

  /** This with one limit changed, by its command-line key; sizes take K, M, G (×1024). */
  public InputLimits with(String key, String value) {
    return switch (key) {
      case "file-bytes" -> new InputLimits(size(key, value), articleChars, recordBytes, archiveBytes,
          inflationRatio);
      case "article-chars" -> new InputLimits(fileBytes, (int) Math.min(Integer.MAX_VALUE - 8,
          size(key, value)), recordBytes, archiveBytes, inflationRatio);
      case "record-bytes" -> new InputLimits(fileBytes, articleChars, size(key, value), archiveBytes,
          inflationRatio);
      case "archive-bytes" -> new InputLimits(fileBytes, articleChars, recordBytes, size(key, value),
          inflationRatio);
      case "inflation-ratio" -> new InputLimits(fileBytes, articleChars, recordBytes, archiveBytes,
          number(key, value));
      default -> throw new IllegalArgumentException("unknown limit '" + key + "'");
    };
  }

  /** A size such as 2000000, 512K, 16M or 64G (K, M, G are powers of 1024). */
  public static long size(String key, String value) {
    String v = value.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
      unit = 1L << (10 * ("KMG".indexOf(v.charAt(v.length() - 1)) + 1));
      v = v.substring(0, v.length() - 1);
    }
    try {
      long n = Long.parseLong(v);
      if (n < 1 || n > Long.MAX_VALUE / unit) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "limit " + key + "=" + value + " is not a positive size (e.g. 2000000, 512K, 16M, 64G)");
    }
  }

  private static double number(String key, String value) {
    try {
      double d = Double.parseDouble(value.strip());
      if (!(d >= 1) || Double.isInfinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("limit " + key + "=" + value + " is not a number ≥ 1");
    }
  }
}
