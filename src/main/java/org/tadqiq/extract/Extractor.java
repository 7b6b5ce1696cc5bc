package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.tadqiq.clean.ExcludedRange;
import org.tadqiq.clean.FurnitureFinder;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Modality;
import org.tadqiq.model.Span;
import org.tadqiq.rules.CommonData;
import org.tadqiq.rules.CompiledRule;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.Specs;
import org.tadqiq.text.BudgetedText;
import org.tadqiq.text.NormalizedText;
import org.tadqiq.text.SentenceBounds;
import org.tadqiq.text.TextCuts;

/**
 * Runs one language pack over sources: normalize, leave out furniture, split sentences, wake rules
 * by their trigger words, match, keep the best of overlapping matches, build claims, attach each to
 * its event. Immutable once built; safe to share between threads.
 */
public final class Extractor {
  private final LanguagePack pack;
  private final CommonData common;
  private final TriggerIndex triggers;
  private final FurnitureFinder furniture;
  private final SentenceSplitter splitter;
  private final NumberReader numbers;
  private final FrameFinder frames;
  /** by keyword of {@link #triggers}: its number among the frame lexicons' keywords, or -1 */
  private final int[] toFrames;
  private final ShareHolders shareHolders;
  /** The dated table of office holders: what a bare title of a past holder says (see pastHolders). */
  private final org.tadqiq.compare.OfficeTable officeTable;
  private final TitleBeforeAnotherName titleBeforeAnotherName;
  private final Map<ClaimKind, ClaimBuilder> builders = new EnumMap<>(ClaimKind.class);
  private final MatchBudget budget;
  /** by rule order: the chars a match of the rule can begin with (null: any) */
  private final java.util.BitSet[] firstChars;
  /** by rule order: the first few chars a match of the rule can begin with (null: any) */
  private final org.tadqiq.rules.FirstPrefixes[] firstPrefixes;
  /** by rule order: the rule's leading lookbehinds apart from the rest, when it has them */
  private final org.tadqiq.rules.LookbehindGuard.Split[] guards;
  /** each thread's matchers of the rules' bodies and guards, reused from text to text */
  private final ThreadLocal<Map<CompiledRule, Matcher>> bodyMatchers =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);
  private final ThreadLocal<Map<CompiledRule, Matcher>> guardsMatchers =
      ThreadLocal.withInitial(java.util.IdentityHashMap::new);

  public Extractor(LanguagePack pack, CommonData common) {
    this(pack, common, MatchBudget.DEFAULT);
  }

  public Extractor(LanguagePack pack, CommonData common, MatchBudget budget) {
    this.pack = pack;
    this.budget = budget;
    this.common = common;
    this.frames = new FrameFinder(pack, pack.clitics(), common);
    // one automaton pass over a text gives the rules' trigger words and the frame lexicons' words
    this.triggers = new TriggerIndex(pack, frames.keywords());
    this.toFrames = triggers.map(frames.keywords());
    this.furniture = new FurnitureFinder(pack.furniture(), common.policies().furnitureRestMinPosition());
    this.splitter = new SentenceSplitter(pack.sentenceEnd());
    this.numbers = new NumberReader(pack.numberWords() == null ? null : pack.lexicon(pack.numberWords()));
    this.shareHolders = new ShareHolders(pack.frames(), common);
    this.officeTable = new org.tadqiq.compare.OfficeTable(common);
    this.titleBeforeAnotherName = new TitleBeforeAnotherName(officeTable);
    // where each rule can begin and its leading lookbehinds: kept between runs when the pack says where
    List<org.tadqiq.rules.RuleShapes.Shape> shapes =
        org.tadqiq.rules.RuleShapes.of(pack.rules(), pack.shapesFile());
    int n = pack.rules().size();
    this.firstChars = new java.util.BitSet[n];
    this.firstPrefixes = new org.tadqiq.rules.FirstPrefixes[n];
    this.guards = new org.tadqiq.rules.LookbehindGuard.Split[n];
    for (int i = 0; i < n; i++) {
      firstChars[i] = shapes.get(i).firstChars();
      firstPrefixes[i] = shapes.get(i).prefixes();
      guards[i] = shapes.get(i).guard();
    }
    builders.put(ClaimKind.QUANTITY, new QuantityBuilder());
    builders.put(ClaimKind.OFFICE, new OfficeBuilder());
    builders.put(ClaimKind.ORDINAL, new OrdinalBuilder());
    builders.put(ClaimKind.SEQUENCE, new SequenceBuilder());
    builders.put(ClaimKind.TIME, new TimeBuilder());
    builders.put(ClaimKind.PLACE, new PlaceBuilder());
  }

  public LanguagePack pack() {
    return pack;
  }

  public ExtractedSource extract(Source source) {
    return extract(source, pack.rules(), true);
  }

  /** Extraction with only some rules and optionally without furniture removal (rule examples). */
  public ExtractedSource extract(Source source, List<CompiledRule> rules, boolean removeFurniture) {
    NormalizedText text = pack.normalizer().normalize(source.text());
    List<String> stopped = new ArrayList<>();
    long allowance = budget.allowance(text.normalized().length());
    List<ExcludedRange> excluded = removeFurniture
        ? furniture.find(text, allowance, id -> stopped.add(
            MatchBudget.stopped(source.path(), "furniture marker", id, allowance)))
        : List.of();
    List<Sentence> sentences = splitter.split(text.normalized(), excluded);
    KeywordAutomaton.Found found = triggers.findAll(text.normalized());
    List<RuleMatch> matches = match(text.normalized(), sentences, found, rules, allowance,
        id -> stopped.add(MatchBudget.stopped(source.path(), "rule", id, allowance)));
    BuildContext ctx = new BuildContext(common, numbers, source.published());
    List<Draft> drafts = new ArrayList<>();
    for (RuleMatch m : bestOfOverlapping(matches)) {
      drafts.addAll(builders.get(m.rule().kind()).build(m, ctx));
    }
    drafts = resolveCounterparts(drafts, source.published());
    drafts = knownPersons(drafts);
    drafts = titleBeforeAnotherName.apply(drafts, source.published());
    Map<Integer, java.util.Set<String>> referenced = new java.util.HashMap<>();
    drafts = referencedHolders(drafts, source.published(), referenced);
    drafts = pastHolders(drafts, source.published());
    drafts.sort(
        Comparator.<Draft>comparingInt(Draft::start)
            .thenComparingInt(Draft::end)
            .thenComparing(d -> d.kind().ordinal())
            .thenComparingInt(d -> d.match().rule().order()));
    FrameFinder.Scan scan = frames.scan(text.normalized(), sentences, found, toFrames);
    // a person a title introduced is a participant wherever the article names them again
    // (the surname alone: "Schialer said ..."), like the people of the lexicon
    for (Draft d : drafts) {
      if (d.value() instanceof ClaimValue.Office o && o.person().startsWith(OfficeBuilder.OPEN_NAME)) {
        scan.knowPerson(o.person(), o.person().substring(OfficeBuilder.OPEN_NAME.length()));
      }
    }
    referenced.forEach(scan::knowReferences);
    // a place a rule read in a word that is a common word here ("في مشهد معاكس", a scene) is none
    drafts = new ArrayList<>(drafts.stream().filter(d -> !commonWordPlace(d, scan)).toList());
    drafts = shareHolders.assign(drafts, scan);
    List<Claim> claims = new ArrayList<>();
    Map<Long, String> contexts = new java.util.HashMap<>(); // claims of one sentence share it
    java.util.Set<Draft> earlierYear =
        EarlierYearClaims.of(text.normalized(), sentences, drafts, source.published(),
            s -> scan.hits(scan.timeZoneLexicon(), s), s -> scan.hits(scan.sinceLexicon(), s),
            common.policies().earlierEventDays());
    for (Draft d : drafts) {
      claims.add(toClaim(source, text, d, scan, claims.size() + 1, contexts, common,
          earlierYear.contains(d)));
    }
    claims = WeekdayBesideDate.apply(claims, source.text());
    Source told = source;
    for (String problem : stopped) {
      told = told.withProblem(problem);
    }
    return new ExtractedSource(told, claims, excluded, sentences.size());
  }

  private List<RuleMatch> match(String text, List<Sentence> sentences,
      KeywordAutomaton.Found found, List<CompiledRule> rules,
      long allowance, java.util.function.Consumer<String> stopped) {
    TriggerIndex.Woken woken = triggers.wake(found);
    int[] cursors = woken.cursors();
    List<RuleMatch> out = new ArrayList<>();
    BudgetedText counted = new BudgetedText(text);
    // by place in {@code rules}: what each has spent of the allowance, its matchers (made at its
    // first woken sentence) — arrays, not maps: they are read once per (sentence, rule)
    int n = rules.size();
    long[] spent = new long[n];
    Matcher[] matchers = new Matcher[n];
    Matcher[] guardMatchers = new Matcher[n];
    for (Sentence s : sentences) {
      if (s.furniture()) {
        continue;
      }
      int[] starts = null;
      for (int ri = 0; ri < n; ri++) {
        CompiledRule rule = rules.get(ri);
        int order = rule.order();
        if (order < 0 || order >= woken.rules() || spent[ri] > allowance) {
          continue;
        }
        // the rule's trigger words in this sentence: [h, hitsEnd) of the woken runs
        int h = woken.from(order, s.start(), cursors);
        int hitsEnd = h;
        for (int runEnd = woken.end(order); hitsEnd < runEnd && woken.start(hitsEnd) < s.end(); ) {
          hitsEnd++;
        }
        if (h == hitsEnd) {
          continue;
        }
        if (starts == null) {
          starts = candidateStarts(text, s);
        }
        // Every match begins at a word or right after an attached letter, at most the rule's
        // lookback before one of its trigger words: trying only those places (lookingAt) does the
        // work of find() in a fraction.
        // and only where the char there can begin a match of it: a try costs far more than its
        // failure shows (the matcher clears a slot per group of the rule's word lists)
        boolean packRule = order < firstChars.length && pack.rules().get(order) == rule;
        java.util.BitSet first = packRule ? firstChars[order] : null;
        // and, a few chars deep, only where a match can begin with what is there: most word starts
        // within a number rule's lookback begin no qualifier, number word or digit
        org.tadqiq.rules.FirstPrefixes prefixes = packRule ? firstPrefixes[order] : null;
        // one matcher per rule and text: making one allocates and clears a slot per group
        org.tadqiq.rules.LookbehindGuard.Split split = packRule ? guards[order] : null;
        Matcher m = matchers[ri];
        if (m == null) {
          m = reused(bodyMatchers, rule, split == null ? rule.pattern() : split.body(), counted);
          matchers[ri] = m;
        }
        // the body first, its leading lookbehinds only where it matched (see LookbehindGuard)
        Matcher guard = guardMatchers[ri];
        if (guard == null && split != null) {
          guard = reused(guardsMatchers, rule, split.guard(), counted);
          guardMatchers[ri] = guard;
        }
        int next = s.start();
        int lookback = rule.lookback();
        counted.allow(allowance - spent[ri]);
        try {
          for (int p : starts) {
            while (h < hitsEnd && woken.start(h) < p) {
              h++;
            }
            if (h == hitsEnd) {
              break; // no trigger word at or after p: no later start can reach one either
            }
            if (p < next || woken.start(h) - p > lookback
                || first != null && !first.get(text.charAt(p))
                || prefixes != null && !prefixes.allows(text, p, s.end())) {
              continue;
            }
            m.region(p, s.end());
            if (m.lookingAt() && m.end() > m.start()
                && (guard == null || guard.region(p, s.end()).lookingAt())) {
              out.add(new RuleMatch(rule, m.start(), m.end(), s, slots(rule, m)));
              next = m.end();
            }
          }
          spent[ri] += counted.used();
        } catch (BudgetedText.Exceeded e) {
          spent[ri] = Long.MAX_VALUE; // this rule is done with this text
          stopped.accept(rule.id());
        }
      }
    }
    return out;
  }

  /**
   * The thread's matcher of a rule's pattern, set on {@code text}: a matcher allocates a slot per
   * group of the pattern (thousands for the gazetteers), so each thread keeps one per rule from
   * text to text. {@link Matcher#reset(CharSequence)} keeps the transparent, non-anchoring bounds.
   */
  private static Matcher reused(ThreadLocal<Map<CompiledRule, Matcher>> cache, CompiledRule rule,
      java.util.regex.Pattern pattern, CharSequence text) {
    Map<CompiledRule, Matcher> mine = cache.get();
    Matcher m = mine.get(rule);
    if (m == null || m.pattern() != pattern) {
      m = matcher(pattern, text);
      mine.put(rule, m);
      return m;
    }
    return m.reset(text);
  }

  private static Matcher matcher(java.util.regex.Pattern pattern, CharSequence text) {
    Matcher made = pattern.matcher(text);
    made.useTransparentBounds(true); // lookbehinds see the text before the region
    made.useAnchoringBounds(false);
    return made;
  }

  private int[] candidateStarts(String text, Sentence s) {
    String attached = pack.clitics() == null || pack.clitics().letters() == null
        ? "" : pack.clitics().letters();
    int[] out = new int[s.end() - s.start()];
    int n = 0;
    for (int p = s.start(); p < s.end(); p++) {
      char c = text.charAt(p);
      boolean wordStart = !CharKinds.whitespace(c)
          && (p == 0 || !CharKinds.letterOrDigit(text.charAt(p - 1)));
      boolean afterAttached = p > s.start() && attached.indexOf(text.charAt(p - 1)) >= 0
          && (p - 1 == 0 || !CharKinds.letterOrDigit(text.charAt(p - 2))
              || p - 2 > 0 && attached.indexOf(text.charAt(p - 2)) >= 0
                  && !CharKinds.letterOrDigit(text.charAt(p - 3)));
      if (wordStart || afterAttached) {
        out[n++] = p;
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private Map<String, Slot> slots(CompiledRule rule, Matcher m) {
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : rule.slotLexicons().entrySet()) {
      String captured = m.group(e.getKey());
      if (captured == null) {
        continue;
      }
      var entry = e.getValue() == null ? null : pack.lexicon(e.getValue()).lookup(captured);
      slots.put(e.getKey(), new Slot(captured, m.start(e.getKey()), m.end(e.getKey()), entry));
    }
    return slots;
  }

  /**
   * Of matches of one kind that overlap, the one with the highest priority wins, then the longest,
   * then the earliest rule: "نائب وزير الخارجية" beats the "وزير الخارجية" inside it.
   */
  private static List<RuleMatch> bestOfOverlapping(List<RuleMatch> matches) {
    List<RuleMatch> ranked = new ArrayList<>(matches);
    ranked.sort(
        Comparator.<RuleMatch>comparingInt(m -> -m.rule().priority())
            .thenComparingInt(m -> -(m.end() - m.start()))
            .thenComparingInt(m -> m.rule().order())
            .thenComparingInt(RuleMatch::start));
    // the kept matches of each kind never overlap, so by start they are also ordered by end: the
    // one starting last before a match's end is the only one that can overlap it
    Map<ClaimKind, java.util.TreeMap<Integer, RuleMatch>> keptByKind = new EnumMap<>(ClaimKind.class);
    List<RuleMatch> kept = new ArrayList<>();
    for (RuleMatch m : ranked) {
      java.util.TreeMap<Integer, RuleMatch> same =
          keptByKind.computeIfAbsent(m.rule().kind(), k -> new java.util.TreeMap<>());
      Map.Entry<Integer, RuleMatch> before = same.lowerEntry(m.end());
      if (before == null || !before.getValue().overlaps(m)) {
        same.put(m.start(), m);
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(RuleMatch::start));
    return kept;
  }

  /** Whether a place claim's place is a word the frame finder reads as a common word there. */
  private static boolean commonWordPlace(Draft d, FrameFinder.Scan scan) {
    if (d.kind() != ClaimKind.PLACE) {
      return false;
    }
    for (String name : new String[] {"place", "place2"}) {
      Slot slot = d.match().slot(name);
      if (slot != null && scan.commonWordAt(d.match().sentence(), slot.start(), slot.end())) {
        return true;
      }
    }
    return false;
  }

  /**
   * A name no list holds that is a known person's name spelled otherwise ("فلوديمير زيلنسكي"),
   * perhaps with a word read too many, is that person.
   */
  private List<Draft> knownPersons(List<Draft> drafts) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (d.value() instanceof ClaimValue.Office o
          && o.person().startsWith(OfficeBuilder.OPEN_NAME)) {
        var known = pack.names().resolve(o.person().substring(OfficeBuilder.OPEN_NAME.length()));
        if (known != null) {
          ClaimValue.Office resolved =
              o.with(known.personId(), o.role());
          out.add(new Draft(d.match(), d.kind(), d.attribute(), resolved, d.start(), d.end(),
              d.eventSlot()));
          continue;
        }
      }
      out.add(d);
    }
    return out;
  }

  /**
   * A bare title before the name of someone the table of office holders shows out of that office
   * on the article's date ("Pope Francis" after his death, "Chancellor Merkel" in 2024) names a
   * past holder: the claim's status is former, still implied (no word stated it), so it is never
   * held against the table nor compared as who holds the office now.
   */
  private List<Draft> pastHolders(List<Draft> drafts, java.time.LocalDate published) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (d.value() instanceof ClaimValue.Office o && o.statusImplied()
          && "current".equals(o.status()) && officeTable.outOfOffice(o, published)) {
        ClaimValue.Office past =
            new ClaimValue.Office(o.person(), o.role(), o.jurisdiction(), "former", true);
        out.add(new Draft(d.match(), d.kind(), d.attribute(), past, d.start(), d.end(),
            d.eventSlot()));
        continue;
      }
      out.add(d);
    }
    return out;
  }

  /**
   * Titles that name no one ("the Russian president", "وزير الخارجية التركي", "his Iranian
   * counterpart"): where the office table knows the one holder on the article's day, the holder is
   * a participant of the sentence's events (sentence index → person ids), so that "Witkoff met the
   * Russian president" and "Witkoff met Putin" speak of one meeting. The claim stays (attribute
   * {@code reference}: shown, never compared — the table said who it is, the article did not); a
   * title whose holder the table does not know is dropped.
   */
  private List<Draft> referencedHolders(List<Draft> drafts, java.time.LocalDate published,
      Map<Integer, java.util.Set<String>> referenced) {
    List<Draft> out = new ArrayList<>(drafts.size());
    for (Draft d : drafts) {
      if (!Claim.REFERENCE.equals(d.attribute())) {
        out.add(d);
        continue;
      }
      ClaimValue.Office o = (ClaimValue.Office) d.value();
      String holder = officeTable.holderOn(o.role(), o.jurisdiction(), published);
      if (holder != null) {
        referenced.computeIfAbsent(d.match().sentence().index(), k -> new java.util.TreeSet<>())
            .add(holder);
        out.add(new Draft(d.match(), d.kind(), d.attribute(), o.with(holder, o.role()), d.start(),
            d.end(), d.eventSlot()));
      }
    }
    return out;
  }

  /**
   * "نظيره الروسي لافروف" takes the office of the nearest office-holder named before it — unless
   * the office table shows what the counterpart holds on the article's day (Putin's "Indian
   * counterpart Narendra Modi" is prime minister), or that office's counterparts may hold another
   * ({@code counterparts_differ} in offices.yaml): then a holder the table never lists in that
   * office gets no office, and a counterpart named by no name ("his Indian counterpart") names no
   * one.
   */
  private List<Draft> resolveCounterparts(List<Draft> drafts, java.time.LocalDate published) {
    List<Draft> out = new ArrayList<>(drafts.size());
    Map<Sentence, List<Draft>> bySentence = new java.util.IdentityHashMap<>();
    for (Draft d : drafts) {
      bySentence.computeIfAbsent(d.match().sentence(), k -> new ArrayList<>()).add(d);
    }
    for (Draft d : drafts) {
      if (d.value() instanceof ClaimValue.Office o && OfficeBuilder.COUNTERPART.equals(o.role())) {
        String role = null;
        int best = -1;
        for (Draft other : bySentence.get(d.match().sentence())) {
          if (other.value() instanceof ClaimValue.Office a
              && !OfficeBuilder.COUNTERPART.equals(a.role())
              && a.role() != null
              && other.match().sentence() == d.match().sentence()
              && other.end() <= d.start()
              && other.start() > best) {
            best = other.start();
            role = a.role();
          }
        }
        boolean named = !Claim.REFERENCE.equals(d.attribute());
        String known = named ? officeTable.officeOf(o.person(), o.jurisdiction(), published) : null;
        Specs.Office office = role == null ? null : common.offices().get(role);
        if (known != null) {
          role = known;
        } else if (office != null && office.counterpartsDiffer()
            && !(named && officeTable.everHeld(o.person(), role, o.jurisdiction()))) {
          role = null;
        }
        ClaimValue.Office resolved =
            o.with(o.person(), role);
        out.add(new Draft(d.match(), d.kind(), d.attribute(), resolved, d.start(), d.end(), d.eventSlot()));
      } else {
        out.add(d);
      }
    }
    return out;
  }

  /**
   * A bare weekday ("on Thursday") or month ("in February") is put on the calendar once the
   * claim's modality is known: the latest such day or month in a report, the next one in a
   * forecast.
   */
  private static ClaimValue onCalendar(ClaimValue v, java.time.LocalDate published, Modality m,
      boolean lastYearNamed) {
    String direction = m.comparedAs() == Modality.FORECAST ? "forecast" : "reported";
    if (v instanceof ClaimValue.When w && w.date() != null && w.year() == null && w.day() != null
        && w.month() != null && w.relativeDays() == null && lastYearNamed && published != null
        && "reported".equals(direction) && w.date().isAfter(published)) {
      // "took power at the end of last year, after Assad's fall on 8 December" in a report of 10
      // November: the day nearest to publication would be weeks ahead, but its sentence says the
      // year before; a report may name a day to come ("the vote on 20 April"), so only the
      // sentence's "last year" moves it back
      java.time.LocalDate back = w.date().minusYears(1);
      return new ClaimValue.When(back.getDayOfWeek().name().toLowerCase(java.util.Locale.ROOT),
          w.month(), w.day(), null, null, w.dayPart(), back);
    }
    if (v instanceof ClaimValue.When w && w.date() == null && w.weekday() != null
        && w.month() == null && w.relativeDays() == null && published != null) {
      return w.resolvedTo(CalendarResolver.weekday(published, w.weekday(), direction));
    }
    if (v instanceof ClaimValue.When w && "month".equals(w.period()) && w.from() == null
        && w.month() != null && w.year() == null && published != null) {
      java.time.LocalDate[] days = CalendarResolver.month(published, null, w.month(), direction);
      return ClaimValue.When.period("month", w.month(), null, days[0], days[1]);
    }
    return v;
  }

  private static Claim toClaim(Source source, NormalizedText text, Draft d, FrameFinder.Scan scan,
      int n, Map<Long, String> contexts, CommonData common, boolean earlierYear) {
    // a quote never splits a letter from its marks (removed by normalization) or an emoji
    int start = TextCuts.atOrBefore(source.text(), text.toOriginalStart(d.start()));
    int end = TextCuts.atOrAfter(source.text(), text.toOriginalEnd(d.end()));
    Sentence s = d.match().sentence();
    EventFrame frame = d.kind() == ClaimKind.OFFICE ? null : scan.frame(d, s, text);
    String party = common.partyOf(d.attribute());
    if (frame != null && party != null) {
      // a party's share of a vote is a figure of its country's vote, whoever the sentence names
      String country = common.entities().get(party).within();
      frame = new EventFrame(frame.kind(), List.of(country), false, false, frame.prior(),
          frame.eventWord(), frame.eventCarried(), frame.another());
    }
    if (frame != null && earlierYear && !frame.prior()) {
      // a claim whose nearest time mark is an earlier year tells of that year's event
      frame = new EventFrame(frame.kind(), frame.participants(), frame.participantsCarried(),
          frame.participantsArePersons(), true, frame.eventWord(), frame.eventCarried(),
          frame.another());
    }
    Modality modality = scan.modality(d, s);
    String subject;
    if (d.value() instanceof ClaimValue.Office o) {
      subject = o.person();
    } else {
      subject = frame == null ? "-" : frame.key();
    }
    int[] around = SentenceBounds.sentenceAround(source.text(), start, end);
    return new Claim(
        source.id() + ":" + n,
        source.id(),
        d.kind(),
        subject,
        d.attribute(),
        onCalendar(d.value(), source.published(), modality, d.kind() == ClaimKind.TIME
            && ClaimBuilder.slot(d.match(), "weekday") == null
            && !scan.hits(scan.lastYearLexicon(), s).isEmpty()),
        new Span(start, end),
        source.text().substring(start, end),
        d.match().rule().id(),
        frame,
        modality,
        contexts.computeIfAbsent(((long) around[0] << 32) | around[1],
            k -> source.text().substring(around[0], around[1])),
        around[0],
        // who holds an office is no one's assertion to weigh against another's
        d.kind() == ClaimKind.OFFICE ? null : scan.attributionCarried(d, s, text));
  }
}
