package org.tadqiq.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.tadqiq.model.Attribution;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.rules.Specs;
import org.tadqiq.text.NormalizedText;

/**
 * Who asserts a claim, read from the words around it in one document's frame scan: the holder
 * after "according to" (وفقا لـ، بحسب) or the subject of a verb of saying, cut to a party's whole
 * name and never into the claim, and carried from the sentence before when a passage goes on in
 * one body's words.
 */
final class AttributionFinder {
  /** How many words an attribution's holder may have ("the Turkish health ministry's spokesman"). */
  private static final int ATTRIBUTION_WORDS = 6;
  /** How many sentences back a figure's passage may have named its source. */
  private static final int CARRIED_SENTENCES = 2;
  /** How long a body's abbreviation in brackets may be ("(AFAD)", "(U.S.G.S.)"). */
  private static final int ABBREVIATION_CHARS = 10;
  // words that open the reported clause (English "that", Arabic إن/أن): the holder ends before them
  private static final Set<String> CLAUSE_WORDS =
      Set.of("that", "إن", "ان", "أن", "بأن", "بان", "إنه", "انه", "أنه", "إنها", "انها", "أنها");
  private static final Set<String> PRONOUNS =
      Set.of("he", "she", "they", "it", "we", "i", "you", "the", "a", "an", "his", "her");
  private static final String CLAUSE_END = FrameFinder.CLAUSE_END;

  private final FrameFinder.Scan scan;
  private final Specs.Frames frames;
  private final String text;

  AttributionFinder(FrameFinder.Scan scan, Specs.Frames frames) {
    this.scan = scan;
    this.frames = frames;
    this.text = scan.text();
  }

  /**
   * Who asserts a claim: who its own sentence names ({@link #attribution}); for a figure whose
   * sentence has no cue of its own, who the sentence before names, or the one before that,
   * within one paragraph — a passage a source opens goes on in its words ("… 14 aftershocks,
   * according to the USGS. Most came within hours. The strongest was a 6.7 tremor"). The chain
   * breaks at a paragraph's end, at furniture, and at a sentence with a cue of its own that
   * names no one ("he said"). Null when nobody is named.
   */
  Attribution attributionCarried(Draft d, Sentence s, NormalizedText nt) {
    Attribution own = attribution(d, s, nt);
    if (own != null || d.kind() != ClaimKind.QUANTITY || hasCue(s)
        || !scan.hits(frames.organizations(), s).isEmpty()) {
      return own; // a sentence that names a body of its own may be that body's words
    }
    for (int back = 1; back <= CARRIED_SENTENCES && s.index() - back >= 0; back++) {
      Sentence earlier = scan.sentences().get(s.index() - back);
      if (earlier.furniture() || text.substring(earlier.end(), d.start()).indexOf('\n') >= 0) {
        return null;
      }
      if (hasCue(earlier)) {
        return sourceOfPassage(d, earlier, nt);
      }
    }
    return null;
  }

  /**
   * The body a sentence gives as its source with "according to" (وفقا لـ، بحسب), which may go on
   * to cover the sentences after it: a listed body only (a survey, an air force, a ministry), not
   * a person or a verb's subject, who speaks for their own sentence. Null otherwise.
   */
  private Attribution sourceOfPassage(Draft d, Sentence earlier, NormalizedText nt) {
    if (scan.hits(frames.attribution(), earlier).isEmpty()) {
      return null;
    }
    Draft end = new Draft(d.match(), d.kind(), d.attribute(), d.value(), earlier.end(),
        earlier.end(), null);
    Attribution said = attribution(end, earlier, nt);
    boolean body = said != null && scan.hits(frames.organizations(), earlier).stream()
        .anyMatch(h -> said.key().contains(h.entry().id()));
    return body ? said : null;
  }

  /** Whether a sentence has a verb of saying or an "according to" of its own. */
  private boolean hasCue(Sentence s) {
    return !scan.hits(frames.reporting(), s).isEmpty() || !scan.hits(frames.attribution(), s).isEmpty();
  }

  /**
   * Who the claim's sentence says asserts it: the words after "according to" (وفقا لـ، بحسب)
   * nearest the claim, else the subject of the nearest verb of saying (before or after the verb
   * as the language puts it); null when the sentence names no one — a pronoun names no one.
   */
  Attribution attribution(Draft d, Sentence s, NormalizedText nt) {
    int[] span = null;
    Hit according = nearest(scan.hits(frames.attribution(), s), d);
    if (according != null && according.start() >= d.end() && contrastBetween(d.end(), according.start(), s)) {
      // "the ministry said 50 were killed, while according to the Red Crescent 70 were": a
      // contrast opens another figure's clause, and the cue after it is that figure's
      according = null;
    }
    if (according != null && according.end() <= d.start() && contrastBetween(according.end(), d.start(), s)) {
      // "50 were killed, according to the ministry, while the Red Crescent put the toll at 70":
      // the cue before the contrast was the first figure's
      according = null;
    }
    if (according != null) {
      span = after(according.end(), s, d);
    }
    if (span == null || !names(span, s)) {
      // "قالت الأمم المتحدة إن 4000 لقوا حتفهم، في حين قدر الهلال الأحمر الحصيلة بـ3100": where
      // the verb of saying comes before what is said, one after a contrast that follows the
      // figure is the next figure's (an English "…, while 415 were jammed, the air force said"
      // still speaks for the whole sentence)
      boolean verbFirst = !"before".equals(frames.reportingSubject());
      List<Hit> verbs = scan.hits(frames.reporting(), s).stream()
          .filter(h -> !verbFirst || h.start() < d.end() || !contrastBetween(d.end(), h.start(), s))
          .toList();
      Hit said = nearest(verbs, d);
      if (said != null) {
        boolean before = "before".equals(frames.reportingSubject());
        int[] first = before ? before(said.start(), s, d) : after(said.end(), s, d);
        int[] second = before ? after(said.end(), s, d) : before(said.start(), s, d);
        span = first != null && names(first, s) ? first
            : second != null && names(second, s) ? second : null;
      }
    }
    if (span == null || !names(span, s)) {
      return null;
    }
    span = withoutTimes(span, s);
    if (span == null) {
      return null;
    }
    span = wholeNames(span, s);
    String who = nt.original().substring(nt.toOriginalStart(span[0]), nt.toOriginalEnd(span[1]))
        .strip();
    return new Attribution(who, key(span, s));
  }

  /**
   * The holder's span without the days and times at its edges ("وزير الصحة فهد الجلاجل أمس",
   * "دبلوماسيان عربيان الثلاثاء"): when it was said is not who said it, and a speaker whose day
   * is cut off is one party in every article. Null when nothing else is left.
   */
  private int[] withoutTimes(int[] span, Sentence s) {
    List<Hit> times = scan.hits(frames.holderTime(), s);
    int start = span[0];
    int end = span[1];
    boolean cut = true;
    while (cut && start < end) {
      cut = false;
      for (Hit h : times) {
        if (h.end() >= end && h.start() < end && h.start() > start) {
          end = h.start();
          cut = true;
        } else if (h.start() <= start && h.end() > start && h.end() < end) {
          start = h.end();
          cut = true;
        }
      }
      int[] trimmed = trimStart(start, end);
      if (trimmed == null) {
        return null;
      }
      start = trimmed[0];
      end = trimmed[1];
    }
    return names(new int[] {start, end}, s) ? new int[] {start, end} : null;
  }

  /**
   * The holder's span widened to the whole of a body's or person's name it cuts ("the National
   * Center for Scientific and Technical Research" is longer than the words a holder may have),
   * within the clause.
   */
  private int[] wholeNames(int[] span, Sentence s) {
    int start = span[0];
    int end = span[1];
    for (String lexicon : new String[] {frames.persons(), frames.organizations()}) {
      for (Hit h : scan.hits(lexicon, s)) {
        boolean cut = h.start() < end && h.end() > start && (h.start() < start || h.end() > end);
        if (cut && noClauseMark(Math.min(h.start(), start), Math.max(h.end(), end))) {
          start = Math.min(start, h.start());
          end = Math.max(end, h.end());
        }
      }
    }
    return new int[] {start, end};
  }

  private boolean noClauseMark(int from, int to) {
    for (int i = from; i < to; i++) {
      if (clauseEnd(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the char at {@code i} ends a clause. The full stop of an initial ("U.S.", "J.D.") does
   * not: "according to the U.S. Geological Survey" names the survey, not a holder "the U".
   */
  private boolean clauseEnd(int i) {
    char c = text.charAt(i);
    if (CLAUSE_END.indexOf(c) < 0) {
      return false;
    }
    if (c != '.' || i == 0 || !Character.isUpperCase(text.charAt(i - 1))) {
      return true;
    }
    // one capital letter after a space, a full stop or the start: an initial
    return i > 1 && Character.isLetter(text.charAt(i - 2)) && text.charAt(i - 2) != '.';
  }

  /** Whether a contrast word ("while", "بينما") stands between two offsets of a sentence. */
  private boolean contrastBetween(int from, int to, Sentence s) {
    return scan.hits(frames.contrast(), s).stream().anyMatch(h -> h.start() >= from && h.end() <= to);
  }

  /** The hit nearest the claim, before it preferred at equal distance. */
  private Hit nearest(List<Hit> hits, Draft d) {
    Hit best = null;
    for (Hit h : hits) {
      if (h.start() < d.end() && h.start() >= d.start()) {
        continue; // inside the claim: not its attribution
      }
      // a cue that begins before the claim may run into it: "AFAD put the magnitude of the
      // quake at 7.4" (the claim reads "magnitude of the quake at 7.4")
      if (best == null || h.distanceTo(d.start(), d.end()) < best.distanceTo(d.start(), d.end())) {
        best = h;
      }
    }
    return best;
  }

  /** Up to six words after {@code from}, to the end of the clause; never into the claim. */
  private int[] after(int from, Sentence s, Draft d) {
    int end = from;
    int words = 0;
    int i = from;
    while (i < s.end()) {
      char c = text.charAt(i);
      if (clauseEnd(i) || i == d.start()) {
        break;
      }
      if (!Character.isWhitespace(c) && (i == from || Character.isWhitespace(text.charAt(i - 1)))) {
        // six whole words: the sixth is read to its end ("فهد الجلاجل", not "فهد الجلاجل أ")
        if (words == ATTRIBUTION_WORDS || clauseWord(i)) {
          break;
        }
        words++;
      }
      if (!Character.isWhitespace(c)) {
        end = i + 1;
      }
      i++;
    }
    return end > from ? trimStart(from, end) : null;
  }

  /** Up to six words before {@code to}, back to the start of the clause; never into the claim. */
  private int[] before(int to, Sentence s, Draft d) {
    int start = to;
    int words = 0;
    int i = to - 1;
    int floor = d.end() <= to ? Math.max(s.start(), d.end()) : s.start();
    int open = bracketedAbbreviation(to, floor);
    if (open >= 0) {
      // a body's abbreviation in brackets belongs to its name: "the US Geological Survey (USGS)
      // said", "Turkey's Disaster and Emergency Management Authority (AFAD) put the magnitude"
      start = open;
      i = open - 1;
      words++;
    }
    while (i >= floor && words < ATTRIBUTION_WORDS) {
      char c = text.charAt(i);
      if (clauseEnd(i)) {
        break;
      }
      if (!Character.isWhitespace(c)) {
        start = i;
        if (i == floor || Character.isWhitespace(text.charAt(i - 1))) {
          words++;
          if (clauseWord(i)) {
            start = i + wordLength(i);
            break;
          }
        }
      }
      i--;
    }
    return start < to ? trimStart(start, to) : null;
  }

  /**
   * Where a short bracketed word right before {@code to} opens ("(AFAD)"), or -1 when there is
   * none: at most {@link #ABBREVIATION_CHARS} letters, no clause mark inside.
   */
  private int bracketedAbbreviation(int to, int floor) {
    int close = to - 1;
    while (close >= floor && Character.isWhitespace(text.charAt(close))) {
      close--;
    }
    if (close < floor || text.charAt(close) != ')') {
      return -1;
    }
    for (int k = close - 1; k >= floor && close - k <= ABBREVIATION_CHARS + 1; k--) {
      char c = text.charAt(k);
      if (c == '(') {
        return k < close - 1 ? k : -1;
      }
      if (!Character.isLetter(c) && c != '.' && c != '-') {
        return -1;
      }
    }
    return -1;
  }

  private int[] trimStart(int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  private int wordLength(int i) {
    int j = i;
    while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j - i;
  }

  // a word that opens what is said, not who says it
  private boolean clauseWord(int i) {
    String w = text.substring(i, i + wordLength(i)).toLowerCase(Locale.ROOT);
    return CLAUSE_WORDS.contains(w);
  }

  /** Whether a span names a party: a person, body or country of the lists, or a capitalized word. */
  private boolean names(int[] span, Sentence s) {
    if (span == null) {
      return false;
    }
    if (!partyIds(span, s).isEmpty()) {
      return true;
    }
    // "said on Wednesday", "said that he": a holder does not begin with a word in lower case
    // other than an article, in a language that writes names with capitals
    char first = text.charAt(span[0]);
    if (Character.isLowerCase(first)) {
      String w = text.substring(span[0], span[0] + wordLength(span[0]));
      if (!w.equals("the")) {
        return false;
      }
    }
    for (int i = span[0]; i < span[1]; i++) {
      if (Character.isUpperCase(text.charAt(i))
          && (i == span[0] || Character.isWhitespace(text.charAt(i - 1)))) {
        String w = text.substring(i, i + wordLength(i));
        if (!PRONOUNS.contains(w.toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  private SortedSet<String> partyIds(int[] span, Sentence s) {
    SortedSet<String> ids = new TreeSet<>();
    for (String lexicon : new String[] {frames.persons(), frames.organizations(),
        frames.jurisdictions(), frames.actors()}) {
      for (Hit h : scan.hits(lexicon, s)) {
        if (h.start() >= span[0] && h.end() <= span[1]) {
          ids.add(h.entry().id());
        }
      }
    }
    return ids;
  }

  /** The ids of the parties named, else the words folded: what two attributions compare by. */
  private String key(int[] span, Sentence s) {
    SortedSet<String> ids = partyIds(span, s);
    if (!ids.isEmpty()) {
      return String.join("+", ids);
    }
    return text.substring(span[0], span[1]).toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
