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
    return verdict(a, b) == Verdict.ONE;
  }

  /**
   * Whether two names in two scripts are clearly two names: both full names (as many tokens, at
   * least two, enough consonants) and some pair of tokens whose keys are not close. A surname
   * against a full name, or names of different lengths, tell nothing: false.
   */
  public boolean clearlyTwo(String a, String b) {
    return verdict(a, b) == Verdict.TWO;
  }

  /**
   * What the keys tell of two names in two scripts. {@code POSSIBLE}: every token's consonants
   * agree but a long vowel the Arabic writes between two of them is not in the Latin spelling
   * ("محمد حسين" and "Mohamad Hasan"): perhaps one name, perhaps two; never joined, never held
   * as two holders either.
   */
  public enum Verdict { ONE, POSSIBLE, TWO, UNKNOWN }

  /**
   * Two names token by token on their keys: one, possibly one, two, or unknown (same script,
   * different numbers of tokens, a single word, too few consonants to tell, no policy).
   */
  public Verdict verdict(String a, String b) {
    return verdict(name(a), name(b));
  }

  /**
   * A name read once into its tokens' keys, for a run that compares it with many others (reading
   * is most of the cost of a comparison).
   */
  public Name name(String name) {
    return read(name, spec != null);
  }

  /** A name as its tokens' keys and vowels, and its script. */
  public static final class Name {
    private final boolean arabic;
    private final List<Reading> tokens;

    private Name(boolean arabic, List<Reading> tokens) {
      this.arabic = arabic;
      this.tokens = tokens;
    }
  }

  private Name read(String name, boolean withTokens) {
    List<Reading> tokens = new ArrayList<>();
    if (withTokens) {
      for (String t : NameMatcher.tokens(name)) {
        tokens.add(read(t));
      }
    }
    return new Name(arabicScript(name), List.copyOf(tokens));
  }

  /** As {@link #verdict(String, String)}, on names read before. */
  public Verdict verdict(Name a, Name b) {
    if (spec == null || a.arabic == b.arabic) {
      return Verdict.UNKNOWN;
    }
    if (a.tokens.size() < 2 || a.tokens.size() != b.tokens.size()) {
      return Verdict.UNKNOWN;
    }
    int consonants = 0;
    boolean apart = false;
    boolean vowelsDiffer = false;
    for (int i = 0; i < a.tokens.size(); i++) {
      Reading ra = a.tokens.get(i);
      Reading rb = b.tokens.get(i);
      consonants += Math.min(ra.key().length(), rb.key().length());
      apart |= ra.key().isEmpty() || rb.key().isEmpty() || !close(ra.key(), rb.key());
      vowelsDiffer |= ra.key().equals(rb.key()) && !longVowelsAgree(ra, rb);
    }
    if (consonants < spec.minConsonants()) {
      return Verdict.UNKNOWN;
    }
    if (apart) {
      return Verdict.TWO;
    }
    return vowelsDiffer ? Verdict.POSSIBLE : Verdict.ONE;
  }

  private boolean close(String ka, String kb) {
    return ka.equals(kb) || Math.abs(ka.length() - kb.length()) <= 1
        && jaroWinkler.apply(ka, kb) >= spec.similarity();
  }

  /**
   * Whether each long vowel the Arabic token writes between two consonants has a vowel of its
   * class at the same place in the Latin token (tokens of equal keys). Short vowels are not
   * written in Arabic, so a Latin vowel where the Arabic has none tells nothing; the first and
   * last places are left out (a final ي may be an alef maqsura the normalizer folded: مصطفى is
   * Mustafa).
   */
  private boolean longVowelsAgree(Reading x, Reading y) {
    Reading arabicSide = x.arabic() ? x : y;
    Reading latinSide = x.arabic() ? y : x;
    for (int gap = 1; gap < arabicSide.key().length(); gap++) {
      for (char c : arabicSide.vowels().get(gap).toCharArray()) {
        if (latinSide.vowels().get(gap).indexOf(c) < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A token's consonant key and, for each place around its consonants (before the first, after
   * each), the classes of the vowels written there.
   */
  private record Reading(String key, List<String> vowels, boolean arabic) {}

  /** A token's consonant key: each spelling's class in its script, repeats folded. */
  String key(String token) {
    return read(token).key();
  }

  private Reading read(String token) {
    boolean isArabic = arabicScript(token);
    String t = isArabic ? token
        : Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    List<Map.Entry<String, String>> spellings = isArabic ? arabic : latin;
    Map<String, String> vowelClasses = isArabic ? spec.arabicLongVowels() : spec.latinVowels();
    StringBuilder out = new StringBuilder();
    List<StringBuilder> vowels = new ArrayList<>();
    vowels.add(new StringBuilder());
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
      if (cls.isEmpty() && found != null) {
        vowels.get(out.length()).append(vowelClasses.getOrDefault(found.getKey(), ""));
      }
      for (char c : cls.toCharArray()) {
        if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
          out.append(c);
          vowels.add(new StringBuilder());
        }
      }
      i += found == null ? 1 : found.getKey().length();
    }
    return new Reading(out.toString(), vowels.stream().map(StringBuilder::toString).toList(),
        isArabic);
  }

  /** Whether one name is in Arabic letters and the other not. */
  public static boolean twoScripts(String a, String b) {
    return arabicScript(a) != arabicScript(b);
  }

  /** Whether a name is in Arabic letters (its first letter is). */
  public static boolean inArabicLetters(String s) {
    return arabicScript(s);
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
