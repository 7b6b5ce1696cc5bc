package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A proper name's small words written with a capital. A form with a capital matches only as
 * written, but the lower-case particles inside a name ("bin", "al-", "von", "de") are capitalized
 * by many outlets and by every title-case headline: "Mohammed Bin Salman", "Bashar Al-Assad",
 * "Ursula Von Der Leyen". Each form that has a capital and a small word in lower case inside it
 * (not its first word) also matches with those words capitalized (each one alone, or all of
 * them); {@link FormVariants} adds them to the lexicon.
 */
final class HeadlineCase {
  /** Up to this many small words, every one alone is varied; past it only all of them at once. */
  private static final int EACH_ALONE_MAX = 3;
  private static final java.util.regex.Pattern JOINED_PARTICLE =
      java.util.regex.Pattern.compile("\\p{Ll}{1,3}-\\p{L}");

  private HeadlineCase() {}

  /** "Mohammed bin Salman" → ["Mohammed Bin Salman"]; a form without a capital has none. */
  static List<String> variants(String form) {
    if (form.equals(form.toLowerCase(Locale.ROOT))) {
      return List.of();
    }
    String[] words = form.split(" ", -1);
    List<Integer> small = new ArrayList<>();
    // the small words inside a name ("bin", "von der"), and a particle joined to its last word
    // ("al-Assad"); a first word is no particle ("the Greens" is a party's name with its article,
    // which a sentence's "The Greens" begins as a sentence does, not as the name does)
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean inside = i < words.length - 1 || JOINED_PARTICLE.matcher(w).lookingAt();
      if (inside && !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        small.add(i);
      }
    }
    List<String> out = new ArrayList<>();
    if (small.isEmpty()) {
      return out;
    }
    if (small.size() <= EACH_ALONE_MAX) {
      for (int i : small) {
        out.add(capitalized(words, List.of(i)));
      }
    }
    if (small.size() > 1) {
      out.add(capitalized(words, small));
    }
    return out;
  }

  private static String capitalized(String[] words, List<Integer> which) {
    String[] copy = words.clone();
    for (int i : which) {
      String w = copy[i];
      int first = w.codePointAt(0);
      copy[i] = new String(Character.toChars(Character.toUpperCase(first)))
          + w.substring(Character.charCount(first));
    }
    return String.join(" ", copy);
  }
}
