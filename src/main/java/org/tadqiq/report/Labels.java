package org.tadqiq.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's interface words in one language (data in {@code ui/<lang>.yaml}); a key missing
 * in a language falls back to English, then to the key itself, so a new verdict or unit never
 * breaks a report.
 */
public final class Labels {
  /** The interface languages the report is written in. */
  public static final List<String> LANGUAGES = List.of("en", "ar");

  private final String language;
  private final Map<String, String> words;
  private final Map<String, String> english;

  private Labels(String language, Map<String, String> words, Map<String, String> english) {
    this.language = language;
    this.words = words;
    this.english = english;
  }

  /** The labels of {@code language} ("en" or "ar"; anything else gives English). */
  public static Labels of(String language) {
    Map<String, String> en = load("en");
    if (!LANGUAGES.contains(language) || language.equals("en")) {
      return new Labels("en", en, en);
    }
    return new Labels(language, load(language), en);
  }

  public String language() {
    return language;
  }

  /** "rtl" or "ltr": the page's direction. */
  public String dir() {
    return get("dir");
  }

  public boolean has(String key) {
    return words.containsKey(key) || english.containsKey(key);
  }

  public String get(String key) {
    String w = words.get(key);
    if (w == null) {
      w = english.get(key);
    }
    return w == null ? key : w;
  }

  /** The label with {0}, {1} … replaced by the arguments (no other syntax: quotes stay quotes). */
  public String format(String key, Object... args) {
    String w = get(key);
    StringBuilder out = new StringBuilder(w.length() + 16);
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      int close = c == '{' ? w.indexOf('}', i) : -1;
      if (close > i + 1 && close <= i + 3 && w.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int n = Integer.parseInt(w.substring(i + 1, close));
        out.append(n < args.length ? String.valueOf(args[n]) : "");
        i = close;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A count with its noun: "1 source" / "4 sources". */
  public String count(String key, long n) {
    return n == 1 ? format(key, n) : format(key + ".plural", n);
  }

  private static Map<String, String> load(String language) {
    String resource = "/ui/" + language + ".yaml";
    try (InputStream in = Labels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource + " in the jar");
      }
      Map<?, ?> raw = new ObjectMapper(new YAMLFactory()).readValue(in, Map.class);
      Map<String, String> out = new LinkedHashMap<>();
      raw.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }
}
