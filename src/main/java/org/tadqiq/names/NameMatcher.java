package org.tadqiq.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Tells whether two spellings of a name are one name, token by token: "فلوديمير زيلنسكي" is
 * "فولوديمير زيلينسكي", "Riabkov" is "Ryabkov", but "محمد حسن" is not "محمد حسين". Two tokens
 * match when their skeletons are equal (the language drops long vowels and hamza seats, unifies
 * letters news spell either way) and both are long enough for that to be safe, or when their
 * Jaro-Winkler similarity (Apache Commons Text) reaches a threshold. Both the skeleton and the
 * threshold are data (rules/&lt;lang&gt;/language.yaml, rules/common/policies.yaml).
 */
public final class NameMatcher {
  private final String drop;
  private final Map<String, String> map;
  private final double similarity;
  private final int skeletonMinLength;
  private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();
  /** every multi-word form of a known person, as tokens, by person id */
  private final Map<String, List<List<String>>> knownForms = new TreeMap<>();

  public NameMatcher(String drop, Map<String, String> map, double similarity, int skeletonMinLength) {
    this.drop = drop == null ? "" : drop;
    this.map = map == null ? Map.of() : new TreeMap<>(map);
    this.similarity = similarity;
    this.skeletonMinLength = skeletonMinLength;
  }

  /** Adds a known person's form (normalized as the text is). */
  public void know(String personId, String form) {
    List<String> tokens = tokens(form);
    if (tokens.size() >= 2) {
      knownForms.computeIfAbsent(personId, k -> new ArrayList<>()).add(tokens);
    }
  }

  /** A name split into its tokens, folded to lower case. */
  public static List<String> tokens(String name) {
    List<String> out = new ArrayList<>();
    for (String t : name.strip().toLowerCase(Locale.ROOT).split("[\\s\\u00a0~-]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** What an open name resolves to: a known person, and how many of its tokens that person's name covers. */
  public record Resolution(String personId, int tokens) {}

  /**
   * The known person whose full name the open name begins with ("فلوديمير زيلنسكي قائلا" begins
   * with Zelensky's name: the last word was read too many); null when none or several do.
   */
  public Resolution resolve(String openName) {
    List<String> name = tokens(openName);
    Resolution found = null;
    for (Map.Entry<String, List<List<String>>> e : knownForms.entrySet()) {
      for (List<String> form : e.getValue()) {
        if (form.size() <= name.size() && prefixMatches(form, name)) {
          if (found != null && !found.personId().equals(e.getKey())) {
            return null; // two known people fit: guess neither
          }
          if (found == null || form.size() > found.tokens()) {
            found = new Resolution(e.getKey(), form.size());
          }
        }
      }
    }
    return found;
  }

  /** The known people whose surname the open name shares without its full name: possible identities. */
  public List<String> possible(String openName) {
    List<String> name = tokens(openName);
    TreeSet<String> out = new TreeSet<>();
    if (name.isEmpty()) {
      return List.of();
    }
    for (Map.Entry<String, List<List<String>>> e : knownForms.entrySet()) {
      for (List<String> form : e.getValue()) {
        if (sameToken(form.get(form.size() - 1), name.get(name.size() - 1))) {
          out.add(e.getKey());
        }
      }
    }
    return List.copyOf(out);
  }

  /** Whether two open names are one name: the same number of tokens, each pair matching. */
  public boolean sameName(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    return x.size() == y.size() && prefixMatches(x, y);
  }

  private boolean prefixMatches(List<String> form, List<String> name) {
    for (int i = 0; i < form.size(); i++) {
      if (!sameToken(form.get(i), name.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** Whether two name tokens are one spelled two ways. */
  public boolean sameToken(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (Math.min(a.length(), b.length()) >= skeletonMinLength && skeleton(a).equals(skeleton(b))) {
      return true;
    }
    return jaroWinkler.apply(a, b) >= similarity;
  }

  /** The token without the letters its language writes either way. */
  String skeleton(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : map.entrySet()) {
      t = t.replace(e.getKey(), e.getValue());
    }
    StringBuilder b = new StringBuilder(t.length());
    char last = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (drop.indexOf(c) >= 0 || c == last) {
        continue; // a dropped letter, or a doubled one ("Hassan" is "Hasan")
      }
      b.append(c);
      last = c;
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return "NameMatcher[" + Objects.hash(drop, map, similarity) + ", " + knownForms.size() + " people]";
  }
}
