package org.tadqiq.names;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.tadqiq.rules.Policies;

/**
 * Tells whether a name in Arabic letters and a name in Latin letters are one name ("ناريندرا مودي"
 * and "Narendra Modi"): each token becomes a key of consonant classes (policy cross_script_names:
 * which letter or spelling is which class, vowels dropped, repeats folded), and two names are one
 * when they have as many tokens, enough consonants, and each pair of keys is equal or close by
 * Jaro-Winkler (Apache Commons Text) with lengths at most one apart. Names in the same script are
 * never compared here: {@link NameMatcher} does that with the language's own skeleton.
 */
public final class CrossScriptNames {
  private final Policies.CrossScript spec;
  /** the spellings of each script, longest first, so that "tsch" is read before "ch" */
  private final List<Map.Entry<String, String>> arabic;
  private final List<Map.Entry<String, String>> latin;
  private final JaroWinklerSimilarity jaroWinkler = new JaroWinklerSimilarity();

  public CrossScriptNames(Policies.CrossScript spec) {
    this.spec = spec;
    this.arabic = longestFirst(spec == null ? Map.of() : spec.arabic());
    this.latin = longestFirst(spec == null ? Map.of() : spec.latin());
  }

  private static List<Map.Entry<String, String>> longestFirst(Map<String, String> map) {
    List<Map.Entry<String, String>> out = new ArrayList<>(map.entrySet());
    out.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
        .thenComparing(Map.Entry::getKey));
    return out;
  }

  /**
   * Whether two names, one in Arabic letters and one in Latin letters, are one name. False for two
   * names in the same script, for single words, and when no policy is given.
   */
  public boolean oneName(String a, String b) {
    return compare(a, b) == Verdict.ONE;
  }

  /**
   * Whether two names in two scripts are clearly two names: both full names (as many tokens, at
   * least two, enough consonants) and some pair of tokens whose keys are not close. A surname
   * against a full name, or names of different lengths, tell nothing: false.
   */
  public boolean clearlyTwo(String a, String b) {
    return compare(a, b) == Verdict.TWO;
  }

  private enum Verdict { ONE, TWO, UNKNOWN }

  /**
   * Two names token by token on their keys: one, two, or unknown (same script, different numbers
   * of tokens, a single word, too few consonants to tell, no policy).
   */
  private Verdict compare(String a, String b) {
    if (spec == null || !twoScripts(a, b)) {
      return Verdict.UNKNOWN;
    }
    List<String> ta = NameMatcher.tokens(a);
    List<String> tb = NameMatcher.tokens(b);
    if (ta.size() < 2 || ta.size() != tb.size()) {
      return Verdict.UNKNOWN;
    }
    int consonants = 0;
    boolean apart = false;
    for (int i = 0; i < ta.size(); i++) {
      String ka = key(ta.get(i));
      String kb = key(tb.get(i));
      consonants += Math.min(ka.length(), kb.length());
      apart |= ka.isEmpty() || kb.isEmpty() || !close(ka, kb);
    }
    if (consonants < spec.minConsonants()) {
      return Verdict.UNKNOWN;
    }
    return apart ? Verdict.TWO : Verdict.ONE;
  }

  private boolean close(String ka, String kb) {
    return ka.equals(kb) || Math.abs(ka.length() - kb.length()) <= 1
        && jaroWinkler.apply(ka, kb) >= spec.similarity();
  }

  /** A token's consonant key: each spelling's class in its script, repeats folded. */
  String key(String token) {
    boolean isArabic = arabicScript(token);
    String t = isArabic ? token
        : Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    List<Map.Entry<String, String>> spellings = isArabic ? arabic : latin;
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      Map.Entry<String, String> found = null;
      for (Map.Entry<String, String> e : spellings) {
        if (t.startsWith(e.getKey(), i)) {
          found = e;
          break;
        }
      }
      // a letter the table does not list (a mark, a dot, a digit) says nothing of the sound
      String cls = found == null ? "" : found.getValue();
      for (char c : cls.toCharArray()) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
          out.append(c);
        }
      }
      i += found == null ? 1 : found.getKey().length();
    }
    return out.toString();
  }

  /** Whether one name is in Arabic letters and the other not. */
  public static boolean twoScripts(String a, String b) {
    return arabicScript(a) != arabicScript(b);
  }

  private static boolean arabicScript(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC;
      }
    }
    return false;
  }
}
