package org.tadqiq.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.compare.Policy;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.text.NormalizedText;

/**
 * Finds the words inside a claim's quote that decide its compared value ("السابق" for a former
 * holder, "الخميس" for Thursday, the number and "نحو" for about 50 minutes), so a card can single
 * them out. The words are the pack's lexicon forms of the value's ids, found in the normalized
 * quote and mapped back to the original, so no language is named in code.
 */
final class DecidingWords {
  /** A range within a claim's sentence (context) to highlight. */
  record Range(int start, int end) {}

  private final Map<String, Map<String, List<String>>> formsByPack = new LinkedHashMap<>();

  /** Ranges relative to {@code claim.context()}; empty when no pack or no word is known. */
  List<Range> find(Claim claim, Policy policy, LanguagePack pack) {
    if (pack == null || claim.context() == null) {
      return List.of();
    }
    Set<String> keys = keys(claim.value(), policy);
    if (keys.isEmpty()) {
      return List.of();
    }
    int quoteStart = claim.span().start() - claim.contextStart();
    if (quoteStart < 0 || quoteStart + claim.quote().length() > claim.context().length()) {
      return List.of();
    }
    NormalizedText n = pack.normalizer().normalize(claim.quote());
    String text = n.normalized();
    Map<String, List<String>> forms = forms(pack);
    List<Range> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];
    for (String key : keys) {
      for (String form : forms.getOrDefault(key, List.of())) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
          int end = at + form.length();
          if (wordAt(text, at, end) && free(taken, at, end)) {
            for (int i = at; i < end; i++) {
              taken[i] = true;
            }
            out.add(new Range(quoteStart + n.toOriginalStart(at), quoteStart + n.toOriginalEnd(end)));
          }
        }
      }
    }
    if (claim.value() instanceof ClaimValue.Quantity) {
      digits(text, n, quoteStart, taken, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** The lexicon keys (entry ids, or data such as a position) that carry the compared value. */
  private static Set<String> keys(ClaimValue v, Policy policy) {
    Set<String> keys = new HashSet<>();
    if (v instanceof ClaimValue.Office o) {
      switch (policy) {
        case OFFICE_SINGLE_HOLDER -> add(keys, o.person());
        case OFFICE_ONE_POST -> add(keys, o.role());
        default -> add(keys, o.status());
      }
    } else if (v instanceof ClaimValue.When w) {
      add(keys, w.weekday());
      add(keys, w.dayPart());
      add(keys, w.period());
      if (w.month() != null) {
        keys.add("month=" + w.month());
      }
      if (w.relativeDays() != null) {
        keys.add("days=" + w.relativeDays());
      }
    } else if (v instanceof ClaimValue.Place p) {
      add(keys, p.place());
      // a facility or part of a place ("airport@gn:…", "south@Q43"): the words of both decide it
      for (String half : p.place().split("@")) {
        add(keys, half);
      }
    } else if (v instanceof ClaimValue.Ordinal o) {
      keys.add("position=" + o.position());
    } else if (v instanceof ClaimValue.Sequence s) {
      add(keys, s.relation());
    } else if (v instanceof ClaimValue.Quantity q) {
      add(keys, q.qualifier());
      keys.add("value");
    }
    return keys;
  }

  private static void add(Set<String> keys, String id) {
    if (id != null) {
      keys.add(id);
    }
  }

  /** Every normalized form of the pack by key (entry id and its data), longest first. */
  private Map<String, List<String>> forms(LanguagePack pack) {
    return formsByPack.computeIfAbsent(pack.language(), k -> {
      Map<String, List<String>> out = new LinkedHashMap<>();
      for (Lexicon lex : pack.lexicons().values()) {
        for (String form : lex.formsLongestFirst()) {
          LexiconEntry e = lex.lookup(form);
          if (e == null) {
            continue;
          }
          out.computeIfAbsent(e.id(), x -> new ArrayList<>()).add(form);
          for (String data : List.of("month", "days", "position")) {
            if (e.data().get(data) != null) {
              out.computeIfAbsent(data + "=" + e.data().get(data), x -> new ArrayList<>()).add(form);
            }
          }
          if (e.data().get("value") != null) {
            out.computeIfAbsent("value", x -> new ArrayList<>()).add(form);
          }
        }
      }
      // longest first across the lexicons too ("the US" of one before "US" of another), whatever
      // order the pack holds its lexicons in: the order differed between a run that checks the
      // rules and one that reads them from the cache, and so did a card's highlighted words
      out.values().forEach(list -> list.sort(
          java.util.Comparator.comparingInt(String::length).reversed()
              .thenComparing(java.util.Comparator.naturalOrder())));
      return out;
    });
  }

  private static void digits(String text, NormalizedText n, int quoteStart, boolean[] taken, List<Range> out) {
    for (int i = 0; i < text.length(); ) {
      if (Character.isDigit(text.charAt(i))) {
        int j = i;
        while (j < text.length() && (Character.isDigit(text.charAt(j)) || text.charAt(j) == '.' || text.charAt(j) == ',')) {
          j++;
        }
        if (free(taken, i, j)) {
          out.add(new Range(quoteStart + n.toOriginalStart(i), quoteStart + n.toOriginalEnd(j)));
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  /** A whole word, allowing one attached prefix letter (و، ب، ل …) before it. */
  private static boolean wordAt(String text, int start, int end) {
    boolean after = end >= text.length() || !Character.isLetter(text.charAt(end));
    boolean before = start == 0 || !Character.isLetter(text.charAt(start - 1))
        || (start == 1 || !Character.isLetter(text.charAt(start - 2)));
    return after && before;
  }

  private static boolean free(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
