package org.tadqiq.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Modality;
import org.tadqiq.model.Span;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.Policies;
import org.tadqiq.rules.Specs;
import org.tadqiq.text.NormalizedText;

/**
 * Finds the event a claim speaks of. The frame lexicons named in language.yaml give the event words
 * (meeting, call, attack …), the words that make an event a backdrop ("على هامش قمة"), mark it as an
 * earlier one ("سبق أن"), or make a claim a forecast ("من المتوقع"), and the participants (persons;
 * countries when no person is named).
 */
final class FrameFinder {
  /** How many sentences at the start of an article (headline and lead) say what it is about. */
  private static final int LEAD_SENTENCES = 4;
  private final Specs.Frames frames;
  private final org.tadqiq.rules.CommonData common;
  private final LexiconScanners scanners;
  private final int lexiconCount;

  FrameFinder(LanguagePack pack, Specs.Clitics clitics, org.tadqiq.rules.CommonData common) {
    this.frames = pack.frames();
    this.common = common;
    Map<String, LexiconScanner> each = new TreeMap<>();
    for (String name : pack.frameLexicons()) {
      each.put(name, new LexiconScanner(pack.lexicon(name), clitics));
    }
    scanners = new LexiconScanners(each);
    lexiconCount = each.size();
  }

  /**
   * The frame words of one document, found sentence by sentence and only for sentences that hold
   * a claim (or precede one): most sentences are never scanned.
   */
  final class Scan {
    private final Map<Integer, SentenceWords> bySentence = new java.util.HashMap<>();
    private final List<Sentence> sentences;
    private final String text;

    /** the text's occurrences of keywords, numbered by {@code toScanners} (null: scan each sentence) */
    private final KeywordAutomaton.Found found;
    private final int[] toScanners;

    Scan(String text, List<Sentence> sentences, KeywordAutomaton.Found found, int[] toScanners) {
      this.sentences = sentences;
      this.text = text;
      this.found = found;
      this.toScanners = toScanners;
    }

    /** person id → the words that name them in this article (full name, surname) */
    private final Map<String, List<String>> articlePersons = new TreeMap<>();

    /**
     * A person no list holds, introduced in this article by a title: later mentions of the full
     * name, or of the surname alone when it is at least four letters long, name them too.
     */
    void knowPerson(String id, String name) {
      List<String> tokens = org.tadqiq.names.NameMatcher.tokens(name);
      List<String> forms = new ArrayList<>();
      forms.add(String.join(" ", tokens));
      String surname = tokens.get(tokens.size() - 1);
      if (tokens.size() > 1 && surname.codePointCount(0, surname.length()) >= 4) {
        forms.add(surname);
      }
      articlePersons.putIfAbsent(id, forms);
    }

    /** sentence index → the holders of offices its titles name without a name (Extractor) */
    private final Map<Integer, java.util.Set<String>> referencedHolders = new java.util.HashMap<>();

    /**
     * The holders of the offices a sentence's titles name without a name ("met the Russian
     * president"): they take part in its events where the sentence itself names fewer than two
     * people — a sentence that names both sides ("Putin and Xi discussed the US president's
     * tariffs") already says who met.
     */
    void knowReferences(int sentence, java.util.Set<String> holders) {
      referencedHolders.computeIfAbsent(sentence, k -> new java.util.TreeSet<>()).addAll(holders);
    }

    /** The people of this article no list holds, named in a sentence. */
    private List<String> articlePersonsIn(Sentence s) {
      List<String> out = new ArrayList<>();
      if (articlePersons.isEmpty()) {
        return out;
      }
      // a name's forms are its tokens joined by spaces; the text may join two of them by a hyphen
      // ("Choi Sang-mok", "تشوي سانغ-موك"), read here as a space (one char for one: offsets stay)
      String part = text.substring(s.start(), s.end()).toLowerCase(java.util.Locale.ROOT)
          .replace('-', ' ');
      // a name inside a listed person's longer name is that person's: "Jinping" (an article's own
      // "President Jinping") in "Xi Jinping" is Xi, not a second person at the table
      List<Hit> listed = of(frames.persons(), s);
      for (Map.Entry<String, List<String>> e : articlePersons.entrySet()) {
        for (String form : e.getValue()) {
          int at = part.indexOf(form);
          while (at >= 0) {
            boolean before = at == 0 || !Character.isLetter(part.charAt(at - 1))
                || "وفبلك".indexOf(part.charAt(at - 1)) >= 0 && (at == 1 || !Character.isLetter(part.charAt(at - 2)));
            int end = at + form.length();
            boolean after = end >= part.length() || !Character.isLetter(part.charAt(end));
            int from = s.start() + at;
            int to = s.start() + end;
            boolean insideListed = listed.stream().anyMatch(h -> h.start() <= from && h.end() >= to
                && h.end() - h.start() > to - from);
            if (before && after && !insideListed) {
              out.add(e.getKey());
              break;
            }
            at = part.indexOf(form, at + 1);
          }
          if (!out.isEmpty() && out.get(out.size() - 1).equals(e.getKey())) {
            break;
          }
        }
      }
      return out;
    }

    private List<Hit> of(String lexicon, Sentence s) {
      if (lexicon == null) {
        return List.of();
      }
      int number = scanners.number(lexicon);
      if (number < 0) {
        return List.of();
      }
      SentenceWords words = bySentence.computeIfAbsent(s.index(), i -> new SentenceWords(s));
      List<Hit> hits = words.byLexicon[number];
      if (hits == null) {
        hits = words.read(number, lexicon);
        words.byLexicon[number] = hits;
      }
      return hits;
    }

    /**
     * The event words of a sentence that name an event: not a word of a phrase that only looks
     * like one ("met with tragedy", "تبادل إطلاق النار": {@code frames.not_events}), nor a word the
     * place list reads as a town's name (the city "سيول", Seoul, is no flood: "السيول" is).
     */
    private List<Hit> events(Sentence s) {
      List<Hit> words = of(frames.eventWords(), s);
      if (words.isEmpty()) {
        return words;
      }
      List<Hit> phrases = of(frames.notEvents(), s);
      List<Hit> places = of(frames.places(), s);
      List<Hit> named = words.stream()
          .filter(h -> phrases.stream().noneMatch(p -> h.start() >= p.start() && h.end() <= p.end()))
          .filter(h -> places.stream().noneMatch(p -> p.start() == h.start() && p.end() == h.end()))
          .toList();
      return withoutAftermath(named);
    }

    /** null until asked: whether the article tells of its aftermath kinds' causes more than of them */
    private Boolean causesOutnumber;

    /**
     * An event of an aftermath kind ({@code aftermath_events}: a fire) that another event set off is
     * that event's: "firefighters put out the fire following a Russian attack", "extensive fires
     * across the city" in an attack article. Its word names no event of its own in a sentence that
     * names an event of a causing kind ({@code aftermath_causes}: an attack, a blast, a quake, a
     * crash), nor anywhere in an article whose words of such events outnumber its words of the
     * aftermath kind: a fire article names a blast heard before the flames, an attack article the
     * fires.
     */
    private List<Hit> withoutAftermath(List<Hit> named) {
      java.util.List<String> aftermath = common.policies().aftermathEvents();
      if (aftermath.isEmpty() || named.stream().noneMatch(h -> aftermath.contains(h.entry().id()))) {
        return named;
      }
      boolean causeHere = named.stream().anyMatch(h -> isCause(h, aftermath));
      if (causeHere || causesOutnumberAftermath(aftermath)) {
        return named.stream().filter(h -> !aftermath.contains(h.entry().id())).toList();
      }
      return named;
    }

    private boolean isCause(Hit h, java.util.List<String> aftermath) {
      String kind = h.entry().id();
      return !aftermath.contains(kind) && common.policies().aftermathCauses().contains(kind);
    }

    private boolean causesOutnumberAftermath(java.util.List<String> aftermath) {
      if (causesOutnumber == null) {
        int causes = 0;
        int after = 0;
        for (Sentence s : sentences) {
          if (s.furniture()) {
            continue;
          }
          for (Hit h : of(frames.eventWords(), s)) {
            if (aftermath.contains(h.entry().id())) {
              after++;
            } else if (isCause(h, aftermath)) {
              causes++;
            }
          }
        }
        causesOutnumber = causes > after;
      }
      return causesOutnumber;
    }

    /**
     * The frame lexicons' words of one sentence, each lexicon read when first asked for: most
     * sentences are asked only for their event words (to find the article's seated event), and
     * reading all the lexicons of every sentence was a twelfth of a {@code check}'s samples.
     */
    private final class SentenceWords {
      private final Sentence sentence;
      private final String part;
      /** the sentence's occurrences of the lexicons' keywords, offsets within {@link #part} */
      private final KeywordAutomaton.Found occurrences;
      /** by lexicon number: its words in the sentence, or null before it is asked for */
      private final List<Hit>[] byLexicon;

      @SuppressWarnings("unchecked")
      SentenceWords(Sentence s) {
        this.sentence = s;
        this.part = text.substring(s.start(), s.end());
        this.occurrences = found == null ? scanners.occurrences(part)
            : found.within(s.start(), s.end(), toScanners);
        this.byLexicon = new List[lexiconCount];
      }

      List<Hit> read(int number, String lexicon) {
        Sentence s = sentence;
        List<Hit> hits = new ArrayList<>();
        boolean persons = lexicon.equals(frames.persons());
        for (Hit h : scanners.find(number, part, occurrences)) {
          if (persons && LongerNames.partOfLongerName(
              text, h.start() + s.start(), h.end() + s.start(), s.start(), s.end())) {
            continue; // "Francis" of "Francis Scott Key Bridge": someone else's name
          }
          hits.add(new Hit(h.start() + s.start(), h.end() + s.start(), h.entry()));
        }
        return hits;
      }
    }

    EventFrame frame(Draft d, Sentence s, NormalizedText text) {
      Hit found = eventFor(d, s);
      boolean eventCarried = false;
      boolean namesNoEvent = events(s).isEmpty();
      boolean leadsFarOff = found == null && !namesNoEvent && onlyTheLeadsEventFarOff(d, s);
      if (found == null && !insideAttribution(d, s) && (namesNoEvent || leadsFarOff)
          && !(d.kind() == org.tadqiq.model.ClaimKind.TIME && !of(frames.reporting(), s).isEmpty())
          && !stampsACount(d, s)) {
        // a sentence that names no event speaks of the article's ("the toll rose to 5,000")
        found = lead().event();
        eventCarried = found != null;
      }
      if (found == null) {
        return null;
      }
      Hit event = found;
      boolean prior = !eventCarried
          && of(frames.prior(), s).stream()
              .anyMatch(h -> h.distanceTo(event.start(), event.end()) <= frames.markerWindow());
      // a sentence that names the gathering far from the figure still speaks of it; one that names
      // no event may speak of anything the article tells (the late pope's twelve years)
      EventFrame seated = eventCarried && !leadsFarOff ? null : seatedFrame(event, prior, text);
      if (seated != null) {
        return seated;
      }
      // people named in the sentence; else the countries acting in it; else the people of the
      // sentence before ("... مدته 50 دقيقة بين كبار الدبلوماسيين" names no one)
      // an event nobody takes part in as a person (a quake, an air attack) is never anchored by
      // the people its sentences name: they are its victims and spokesmen
      boolean impersonal = common.policies().impersonalEvents().contains(event.entry().id());
      List<String> participants = impersonal ? List.of()
          : peopleTakingPart(s);
      boolean carried = false;
      boolean persons = true;
      int clauseEnd = eventCarried ? -1 : openingClauseEnd(event, d, s);
      if (clauseEnd >= 0 && !participants.isEmpty()) {
        // "The meeting, which lasted 45 minutes, turned sour when Vance confronted Zelensky": the
        // people named after the clause that opens with the event word take part in what happened
        // during it, not in the event; "the meeting" then is the one the article's lead names
        List<String> inClause = ids(takingPart(of(frames.persons(), s), s).stream()
            .filter(h -> h.end() <= clauseEnd).toList());
        List<String> lead = lead().personsBefore(s);
        if (!inClause.isEmpty()) {
          participants = inClause;
        } else if (!lead.isEmpty()) {
          participants = lead;
          carried = true;
        }
      }
      if (participants.isEmpty()) {
        participants = twoSided(event.entry().id()) ? sidesNamed(s)
            : ids(notNamedAfter(ELSEWHERE, outsideBodies(of(frames.actors(), s), s), s));
        persons = false;
      }
      if (participants.isEmpty() && !impersonal && !of(frames.pairs(), s).isEmpty()) {
        // "The two sides met for nearly five hours": the two the article last named together
        participants = lastPairBefore(s);
        carried = !participants.isEmpty();
        persons = true;
      }
      if (participants.isEmpty() && s.index() > 0 && !impersonal) {
        Sentence before = sentences.get(s.index() - 1);
        if (!before.furniture()) {
          participants = peopleTakingPart(before);
          carried = !participants.isEmpty();
          persons = true;
        }
      }
      if (participants.isEmpty()) {
        // an event nobody takes part in (a quake, a crash) is anchored by where it happens: the
        // countries of the places its sentence names, else those of the article's lead. A
        // sentence that names no event speaks of the article's, and so of its place: the
        // countries it names are those of the people counted ("41 Jordanians died"), not where
        // the event happened
        participants = eventCarried && !lead().countries().isEmpty() ? List.of() : countries(s);
        persons = false;
        if (participants.isEmpty()) {
          participants = lead().countries();
          carried = !participants.isEmpty();
        }
        if (participants.isEmpty()) {
          // a vote whose article names no one country most: the country whose parties stand in it
          participants = partiesCountry();
          carried = !participants.isEmpty();
        }
      }
      if (impersonal && !prior) {
        participants = bothSides(event.entry().id(), participants);
      }
      Span word =
          new Span(text.toOriginalStart(event.start()), text.toOriginalEnd(event.end()));
      return new EventFrame(event.entry().id(), participants, carried, persons, prior, word,
          eventCarried, impersonal && namesAnother(d, s));
    }

    /**
     * Whether the sentence names another occurrence of an event before the claim, near enough to
     * be its head ("the strongest aftershock was a 6.7 tremor", "a second 7.6 tremor"): the figure
     * may be the aftershock's. A marker after the figure ("a 7.8 quake and its aftershocks") does
     * not make it another's.
     */
    private boolean namesAnother(Draft d, Sentence s) {
      return of(frames.another(), s).stream()
          .anyMatch(h -> h.end() <= d.start() && d.start() - h.end() <= frames.window());
    }

    /**
     * Where the clause ends that an event word opens and a claim describes: the event word opens
     * its sentence (after at most one word, an article: "The meeting"), a comma follows it, then
     * the claim ("…, which lasted 45 minutes,") and the comma that closes the clause. -1 when the
     * sentence is not so built.
     */
    private int openingClauseEnd(Hit event, Draft d, Sentence s) {
      if (d.start() < event.end() || words(s.start(), event.start()) > 1) {
        return -1;
      }
      int i = event.end();
      while (i < d.start() && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= d.start() || !isComma(text.charAt(i))
          || clauseEndBetween(i + 1, d.start())) {
        return -1;
      }
      for (int j = d.end(); j < s.end(); j++) {
        char c = text.charAt(j);
        if (isComma(c)) {
          return j;
        }
        if (CLAUSE_END.indexOf(c) >= 0) {
          return -1;
        }
      }
      return -1;
    }

    private int words(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (Character.isLetter(text.charAt(i)) && (i == from || !Character.isLetter(text.charAt(i - 1)))) {
          n++;
        }
      }
      return n;
    }

    private boolean clauseEndBetween(int from, int to) {
      for (int i = from; i < to; i++) {
        if (CLAUSE_END.indexOf(text.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * Whether a figure's sentence names only the article's own kind of event, too far from the
     * figure to be its head ("the earthquake ... [a long clause] ... 51 seriously injured"): the
     * figure then speaks of the article's event, as in a sentence that names none.
     */
    private boolean onlyTheLeadsEventFarOff(Draft d, Sentence s) {
      Hit lead = lead().event();
      return d.kind() == org.tadqiq.model.ClaimKind.QUANTITY && lead != null
          && events(s).stream()
              .allMatch(h -> oneGathering(h.entry().id(), lead.entry().id())
                  && h.distanceTo(d.start(), d.end()) > frames.window());
    }

    /**
     * Whether two kinds of event word name one event here: the same kind, or two names of the
     * seated event the article names ("the election" of an article about a conclave).
     */
    private boolean oneGathering(String kind, String other) {
      return kind.equals(other) || seatedKindOf(kind) != null && seatedKindOf(kind).equals(seatedKindOf(other));
    }

    /** The kind of the seated event a kind of event word names in this article, or null. */
    private String seatedKindOf(String kind) {
      String named = seatedEventNamed();
      Policies.Seated seated = named == null ? null : common.policies().seatedEvents().get(named);
      return seated != null && (kind.equals(named) || seated.namedBy().contains(kind)) ? named : null;
    }

    /**
     * The people of a sentence who take part in its event: not those an attendance marker
     * introduces ("the talks, attended by Rubio and Witkoff", "بحضور وزير الخارجية"), who were
     * present at someone else's meeting. Attendees stand in a list right after the marker.
     */
    private List<Hit> takingPart(List<Hit> persons, Sentence s) {
      List<Hit> markers = of(frames.attendance(), s);
      if (markers.isEmpty() || persons.isEmpty()) {
        return persons;
      }
      List<Hit> out = new ArrayList<>();
      for (Hit p : persons) {
        boolean attendee = markers.stream().anyMatch(m -> m.end() <= p.start()
            && p.start() - m.end() <= frames.window()
            && noClauseEnd(m.end(), p.start()));
        if (!attendee) {
          out.add(p);
        }
      }
      return out;
    }

    /** Whether the text between two offsets stays in one clause (no semicolon or colon). */
    private boolean noClauseEnd(int from, int to) {
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c == ';' || c == ':') {
          return false;
        }
      }
      return true;
    }

    /**
     * The people the nearest sentence before {@code s} that names two or more of them names (an
     * article's meeting is told first with its two sides, then "the two sides", "الجانبان"); none
     * when no sentence before names two.
     */
    private List<String> lastPairBefore(Sentence s) {
      for (int i = s.index() - 1; i >= 0; i--) {
        Sentence before = sentences.get(i);
        if (before.furniture()) {
          continue;
        }
        List<String> named = peopleTakingPart(before);
        if (named.size() >= 2) {
          return named;
        }
      }
      return List.of();
    }

    /** The people a sentence names as taking part: known ones and the article's own. */
    private List<String> peopleTakingPart(Sentence s) {
      return withArticlePersons(ids(takingPart(of(frames.persons(), s), s)), s);
    }

    /**
     * The countries of the places a sentence names (not of the adjectives in names of bodies: the
     * "U.S." of "U.S. Geological Survey" anchors no quake).
     */
    private List<String> countries(Sentence s) {
      return countriesNamed(s);
    }

    private List<String> withArticlePersons(List<String> known, Sentence s) {
      List<String> more = articlePersonsIn(s);
      java.util.Set<String> referred = referencedHolders.getOrDefault(s.index(), java.util.Set.of());
      if (more.isEmpty() && referred.isEmpty()) {
        return known;
      }
      TreeSet<String> all = new TreeSet<>(known);
      all.addAll(more);
      if (all.size() < 2) {
        all.addAll(referred);
      }
      return List.copyOf(all);
    }

    /**
     * The hits that are not the country word of a body's name: the "U.S." of "the U.S. Geological
     * Survey" is no country acting, and no place where a quake struck.
     */
    private List<Hit> outsideBodies(List<Hit> hits, Sentence s) {
      List<Hit> bodies = of(frames.organizations(), s);
      // a word of a party's name is no place either: the "Union" of "Christian Social Union" is
      // not the town of Union, New Jersey
      List<Hit> parties = of(frames.parties(), s);
      if (bodies.isEmpty() && parties.isEmpty()) {
        return hits;
      }
      // inside or overlapping the body's name, or right next to it ("هيئة المسح الجيولوجي
      // الأمريكية", "the US Geological Survey")
      return hits.stream().filter(h -> bodies.stream().noneMatch(o ->
          h.start() < o.end() && h.end() > o.start()
              || h.end() <= o.start() && o.start() - h.end() <= 1
              || h.start() >= o.end() && h.start() - o.end() <= 1)
          && parties.stream().noneMatch(p -> h.start() >= p.start() && h.end() <= p.end()
              && h.end() - h.start() < p.end() - p.start()))
          .toList();
    }

    private List<String> countriesNamed(Sentence s) {
      TreeSet<String> out = new TreeSet<>();
      for (Hit h : placesIn(s)) {
        if (origin(h, s) || reached(h, s)) {
          // where a flight came from, or its passengers, or where a quake's tsunami warning or its
          // shaking reached: not where the event happened
          continue;
        }
        String c = common.countryOf(h.entry().id());
        if (c != null) {
          out.add(c);
        }
      }
      return List.copyOf(out);
    }

    /**
     * What the article's headline and lead are about: its first event, its most named country, the
     * people its sentences that name an event name.
     */
    private record Lead(Hit event, List<String> countries, Map<Integer, List<String>> persons) {
      /** The people the lead's sentences before {@code s} name beside an event word. */
      List<String> personsBefore(Sentence s) {
        TreeSet<String> out = new TreeSet<>();
        persons.forEach((index, people) -> {
          if (index < s.index()) {
            out.addAll(people);
          }
        });
        return List.copyOf(out);
      }
    }

    /**
     * The frame of an event held by one body (policy seated_events): the event word names the
     * gathering itself, or — in an article that names it — is a word that names it too ("the
     * secret meeting") or a stage of it (a ballot). Null for any other event word. A sentence that
     * names no event is not judged here: the article's lead it speaks of may be another event.
     */
    private EventFrame seatedFrame(Hit event, boolean prior, NormalizedText text) {
      String kind = event.entry().id();
      var policies = common.policies().seatedEvents();
      String seatedKind = policies.containsKey(kind) ? kind : seatedKindOf(kind);
      Policies.Seated seated = seatedKind == null ? null : policies.get(seatedKind);
      if (seated == null) {
        String named = seatedEventNamed();
        Policies.Seated article = named == null ? null : policies.get(named);
        if (article == null || !article.stages().contains(kind)) {
          return null;
        }
        seated = article;
        seatedKind = kind; // a stage keeps its kind: its length or number is not the gathering's
      }
      Span word = new Span(text.toOriginalStart(event.start()), text.toOriginalEnd(event.end()));
      return new EventFrame(seatedKind, List.of(seated.seat()), false, false, prior, word, false);
    }

    /** The kind of the first seated event the article names, or null (computed once). */
    private String seatedEventNamed() {
      if (seatedNamed == null) {
        seatedNamed = "";
        for (Sentence s : sentences) {
          if (s.furniture()) {
            continue;
          }
          for (Hit h : events(s)) {
            if (common.policies().seatedEvents().containsKey(h.entry().id())) {
              seatedNamed = h.entry().id();
              return seatedNamed;
            }
          }
        }
      }
      return seatedNamed.isEmpty() ? null : seatedNamed;
    }

    /**
     * The one country of the parties the article names (each party's entity is within its
     * country), or none when it names none, or parties of several countries.
     */
    private List<String> partiesCountry() {
      if (partiesCountry == null) {
        TreeSet<String> countries = new TreeSet<>();
        for (Sentence s : sentences) {
          if (s.furniture()) {
            continue;
          }
          for (Hit h : of(frames.parties(), s)) {
            var party = common.entities().get(h.entry().id());
            if (party != null && party.within() != null) {
              countries.add(party.within());
            }
          }
        }
        partiesCountry = countries.size() == 1 ? List.copyOf(countries) : List.of();
      }
      return partiesCountry;
    }

    /** See {@link #partiesCountry}: null before it is known. */
    private List<String> partiesCountry;

    /** See {@link #seatedEventNamed}: "" when the article names none, null before it is known. */
    private String seatedNamed;

    private Lead lead;
    /** kind of two-sided event → the two countries the lead names with it (see bothSides) */
    private final Map<String, List<String>> sides = new java.util.HashMap<>();

    /**
     * The countries of an event one state does to another (policies' two_sided_events: an air
     * attack): a sentence names the attacker ("Russia launched 810 drones"), the attacked
     * ("Ukraine's air force shot down 747") or both, and each tells of the article's attack. When
     * the lead's sentences that name that kind of event name two countries between them, a
     * sentence naming one or both of them speaks of their attack, keyed by both whichever it
     * names; a sentence naming another country keeps its own.
     */
    private List<String> bothSides(String kind, List<String> participants) {
      if (participants.isEmpty() || !twoSided(kind)) {
        return participants;
      }
      List<String> two = sides.computeIfAbsent(kind, this::leadSides);
      return two.size() == 2 && two.containsAll(participants) ? two : participants;
    }

    private boolean twoSided(String kind) {
      return common.policies().twoSidedEvents().contains(kind);
    }

    /**
     * The sides a sentence names of an event one state does to another: the countries acting in
     * it, and those its adjectives name ("a Russian attack", "على الأراضي الأوكرانية" — the side
     * is as often told by an adjective as by a name). Not an adjective of a body's name ("the
     * Ukrainian air force" is who speaks, see outsideBodies).
     */
    private List<String> sidesNamed(Sentence s) {
      TreeSet<String> out =
          new TreeSet<>(ids(notNamedAfter(WHITHER, outsideBodies(of(frames.actors(), s), s), s)));
      out.addAll(ids(notNamedAfter(WHITHER, outsideBodies(of(frames.jurisdictions(), s), s), s)));
      return List.copyOf(out);
    }

    /**
     * The hits not named right after a word of {@code frames.origins} with one of {@code ids}:
     * whence or whither ({@link #ELSEWHERE}: "11 pilgrims from Iran died" makes Iran no actor of the
     * heatwave), or whither only ({@link #WHITHER}: "cut short his trip to Saudi Arabia" makes Saudi
     * Arabia no side of the attack, while "a statement from Ukraine's air force" is the attacked
     * side speaking).
     */
    private List<Hit> notNamedAfter(java.util.Set<String> ids, List<Hit> hits, Sentence s) {
      return hits.stream().filter(h -> !origin(h, s, ids)).toList();
    }


    /**
     * The countries acting in the lead's sentences when one of them names an event of {@code
     * kind} (a headline tells who fired at whom with a verb — "Russia fires 728 drones at Ukraine"
     * — and the caption under it names the attack); none when the lead names no such event.
     */
    private List<String> leadSides(String kind) {
      TreeSet<String> out = new TreeSet<>();
      boolean named = false;
      int read = 0;
      for (Sentence s : sentences) {
        if (s.furniture()) {
          continue;
        }
        named |= events(s).stream().anyMatch(h -> h.entry().id().equals(kind));
        out.addAll(ids(notNamedAfter(WHITHER, outsideBodies(of(frames.actors(), s), s), s)));
        if (++read >= LEAD_SENTENCES) {
          break;
        }
      }
      return named ? List.copyOf(out) : List.of();
    }

    private Lead lead() {
      if (lead == null) {
        Hit event = null;
        Map<String, Integer> named = new TreeMap<>();
        Map<Integer, List<String>> people = new TreeMap<>();
        int read = 0;
        for (Sentence s : sentences) {
          if (s.furniture()) {
            continue;
          }
          if (!events(s).isEmpty()) {
            if (event == null) {
              event = events(s).get(0);
            }
            people.put(s.index(), ids(takingPart(of(frames.persons(), s), s)));
          }
          for (String c : countries(s)) {
            named.merge(c, 1, Integer::sum);
          }
          if (++read >= LEAD_SENTENCES) {
            break;
          }
        }
        if (event == null) {
          // a lead of headlines and datelines that names no event: the article's event is the
          // first one its text names ("... died, most of them of causes tied to the heat")
          event = sentences.stream().filter(s -> !s.furniture())
              .map(s -> events(s)).filter(h -> !h.isEmpty())
              .map(h -> h.get(0)).findFirst().orElse(null);
        }
        List<String> top = mostNamed(named);
        if (top.size() > 1 || top.isEmpty()) {
          // two countries named as often in the lead (a flight from Bangkok crashed in South
          // Korea), or none: the article as a whole says which it is about, if one leads there
          Map<String, Integer> all = new TreeMap<>();
          for (Sentence s : sentences) {
            if (!s.furniture()) {
              countries(s).forEach(c -> all.merge(c, 1, Integer::sum));
            }
          }
          List<String> inArticle = mostNamed(all);
          // a lead of headlines that names no country: the country the article names most
          top = inArticle.size() == 1 && (top.isEmpty() || top.contains(inArticle.get(0)))
              ? inArticle : top;
        }
        // two countries named as often: the article does not say which; anchor on neither
        lead = new Lead(event, top.size() == 1 ? top : List.of(), people);
      }
      return lead;
    }

    /** The lexicon of words that name the year before publication ("last year"), or null. */
    String lastYearLexicon() {
      return frames.lastYear();
    }

    /** The lexicon of words that open a comparison's starting time ("since", "منذ"), or null. */
    String sinceLexicon() {
      return frames.since();
    }

    /** The lexicon of words of a time zone ("GMT", "بتوقيت"), or null. */
    String timeZoneLexicon() {
      return frames.timeZones();
    }

    /** The hits of one of the frame lexicons in a sentence. */
    List<Hit> hits(String lexicon, Sentence s) {
      return of(lexicon, s);
    }

    /** The countries of the places a sentence names, and the places themselves. */
    List<String> countriesOf(Sentence s) {
      return countries(s);
    }

    List<Hit> placesNamed(Sentence s) {
      return placesIn(s);
    }

    /** The places a sentence names, outside bodies' names and read as places, not common words. */
    private List<Hit> placesIn(Sentence s) {
      return readAsPlaces(outsideBodies(of(frames.places(), s), s), s);
    }

    /**
     * The place hits that are places here, not a common word spelled like one: none next to a word
     * of {@code land_features} (a river, a lake, a valley named like a town), none inside a phrase
     * the {@code not_places} lexicon lists ("صلاة المغرب" is the sunset prayer, not Morocco), and a
     * bare form that the {@code place_homographs} lexicon lists (مالي, "financial", is spelled like
     * Mali) only right after a word of {@code place_context} ("في مالي", "رئيس مالي") — of the
     * context entries its own entry names, where it names some (مشهد only after "مدينة").
     */
    private List<Hit> readAsPlaces(List<Hit> hits, Sentence s) {
      if (hits.isEmpty()) {
        return hits;
      }
      List<Hit> craft = of(frames.namedCraft(), s);
      if (!craft.isEmpty()) {
        // "the container ship Dali": the craft's name, not the town of China
        hits = hits.stream().filter(h -> craft.stream().noneMatch(c -> rightBefore(c, h))).toList();
      }
      List<Hit> features = of(frames.landFeatures(), s);
      if (!features.isEmpty()) {
        // "the Guadalupe River", "نهر غوادالوبي": the river's name, not the town of Mexico
        hits = hits.stream().filter(h -> features.stream()
            .noneMatch(f -> rightBefore(f, h) || rightBefore(h, f))).toList();
      }
      List<Hit> phrases = of(frames.notPlaces(), s);
      List<Hit> homographs = of(frames.placeHomographs(), s);
      if (phrases.isEmpty() && homographs.isEmpty()) {
        return hits;
      }
      List<Hit> context = of(frames.placeContext(), s);
      return hits.stream()
          .filter(h -> phrases.stream().noneMatch(p -> p.start() <= h.start() && h.end() <= p.end()))
          .filter(h -> {
            Hit g = homographs.stream().filter(x -> x.start() == h.start() && x.end() == h.end())
                .findFirst().orElse(null);
            return g == null || placedByContext(g, context);
          })
          .toList();
    }

    /**
     * Whether the place a claim rule read at [start, end) of a sentence is the common word here: a
     * form of {@code place_homographs} whose entry names the context entries that make it the
     * place, none of which stands right before it ("في مشهد معاكس" is "in a scene opposite", not
     * in Mashhad). A homograph that names none (مالي) keeps the rule's reading: "في مالي" is Mali.
     */
    boolean commonWordAt(Sentence s, int start, int end) {
      Hit g = of(frames.placeHomographs(), s).stream()
          .filter(x -> x.start() == start && x.end() == end
              && x.entry().data().get("context") instanceof List<?>)
          .findFirst().orElse(null);
      return g != null && !placedByContext(g, of(frames.placeContext(), s));
    }

    /** Whether a word of the context lexicon right before a homograph makes it the place. */
    private boolean placedByContext(Hit homograph, List<Hit> context) {
      return context.stream().anyMatch(c -> rightBefore(c, homograph) && admits(homograph, c));
    }

    /**
     * Whether a context word makes a homograph the place: any word of the context lexicon, unless
     * the homograph's entry names the only context entries that do (مشهد, "a scene", follows "في"
     * as often as the town does; only "مدينة مشهد" is surely the town).
     */
    private static boolean admits(Hit homograph, Hit context) {
      Object only = homograph.entry().data().get("context");
      return !(only instanceof List<?> ids) || ids.contains(context.entry().id());
    }

    List<Sentence> sentences() {
      return sentences;
    }

    String text() {
      return text;
    }

    /** The countries named most often (several when they tie). */
    private List<String> mostNamed(Map<String, Integer> named) {
      int most = named.values().stream().mapToInt(Integer::intValue).max().orElse(0);
      return named.entrySet().stream().filter(e -> e.getValue() == most)
          .map(Map.Entry::getKey).toList();
    }

    /**
     * The modality of the nearest cue before the claim's end in its sentence ("من المتوقع", "denied",
     * "an estimated"); reported when there is none.
     */
    Modality modality(Draft d, Sentence s) {
      Hit nearest = null;
      for (Hit h : of(frames.modality(), s)) {
        // a cue before the claim, or inside it before its end ("عدد الضحايا قد يصل إلى 20 ألفا",
        // "the toll could rise to 20,000")
        if (h.end() <= d.end() && (nearest == null || h.start() > nearest.start())) {
          nearest = h;
        }
      }
      if (nearest != null && (dashClauseBetween(nearest.end(), d.start(), s)
          || commaClauseBetween(nearest.end(), d.start(), s))) {
        return Modality.REPORTED;
      }
      Modality m = nearest == null ? null : Modality.fromId(nearest.entry().id());
      return m == null ? Modality.REPORTED : m;
    }

    /**
     * Whether a clause of its own opens between two offsets: a comma, then a word that opens a
     * clause of its own ({@code frames.modality_breaks}: "they will inspect the fleet, as they
     * struggle to explain a crash that killed 179" — the 179 is no forecast). Its entries of another
     * id are phrases that open none ("as many as").
     */
    private boolean commaClauseBetween(int from, int to, Sentence s) {
      for (Hit b : of(frames.modalityBreaks(), s)) {
        if (b.start() < from || b.end() > to || !BREAK.equals(b.entry().id())) {
          continue;
        }
        int i = b.start() - 1;
        while (i > from && text.charAt(i) == ' ') {
          i--;
        }
        if (i > from && isComma(text.charAt(i))) {
          return true;
        }
      }
      return false;
    }

    private static final String BREAK = "break";

    /** The id of {@code frames.backdrop}'s setting ("on the sidelines of"): where the meeting was too. */
    private static final String OWN_SETTING = "sidelines";

    /** The id of {@code frames.backdrop}'s announcement of an event: another moment for a time. */
    private static final String ANNOUNCEMENT = "announcement";

    /** The ids of {@code frames.origins} whose place is not where things happen: whence, whither. */
    private static final java.util.Set<String> ELSEWHERE = java.util.Set.of("from", "to");

    /**
     * Whether a place is named as where something or someone came from or went to ({@code
     * frames.origins}: "took off from Bangkok", "two passengers from Thailand", "أقلعت من بانكوك";
     * "cut short his trip to Saudi Arabia", "زيارته إلى"): right after a word of that list's ids
     * 'from' or 'to'. Its id 'where' marks phrases that say where ("near", "بالقرب من", "km from").
     */
    private boolean origin(Hit place, Sentence s) {
      return origin(place, s, ELSEWHERE);
    }

    private boolean origin(Hit place, Sentence s, java.util.Set<String> ids) {
      return of(frames.origins(), s).stream()
          .anyMatch(o -> ids.contains(o.entry().id()) && rightBefore(o, place));
    }

    /** The id of {@code frames.origins} for a visit's destination. */
    private static final java.util.Set<String> WHITHER = java.util.Set.of("to");

    private static final String REACHED = "reached";

    /**
     * Whether a place is named as where an event's effects reached ({@code frames.origins} id
     * 'reached': "a tsunami warning for southern Japan and the Philippines", "felt as far as
     * Kinmen", "تحذير من تسونامي لجنوب اليابان والفلبين"): after such a phrase of its sentence. A
     * quake that struck Taiwan is not a quake of Japan because Japan's islands were warned.
     */
    private boolean reached(Hit place, Sentence s) {
      return of(frames.origins(), s).stream()
          .anyMatch(o -> REACHED.equals(o.entry().id()) && o.end() <= place.start());
    }

    /** Whether {@code word} stands right before {@code hit}, with only spaces between them. */
    private boolean rightBefore(Hit word, Hit hit) {
      return word.end() <= hit.start() && text.substring(word.end(), hit.start()).isBlank();
    }

    /**
     * Whether a clause of its own opens between two offsets: a dash set apart by spaces and a
     * subject pronoun right after it ("the Greens will enter the Bundestag - they were voted for
     * by 11.6%"). A dash before a bare figure ("exit polls gave the CDU 29% - the AfD 19.5%") or
     * around an aside opens none.
     */
    private boolean dashClauseBetween(int from, int to, Sentence s) {
      List<Hit> openers = of(frames.clauseOpeners(), s);
      for (Hit o : openers) {
        if (o.start() < from || o.end() > to) {
          continue;
        }
        int i = o.start() - 1;
        while (i > from && text.charAt(i) == ' ') {
          i--;
        }
        boolean spaced = i > from && i < o.start() - 1 && text.charAt(i - 1) == ' ';
        // a second dash before the figure closes an aside ("is expected - they say - to reach")
        if (spaced && "-–—".indexOf(text.charAt(i)) >= 0
            && !text.substring(o.end(), to).matches("(?s).*\\s[-–—]\\s.*")) {
          return true;
        }
      }
      return false;
    }


    /** Who asserts a claim ({@link AttributionFinder#attributionCarried}). */
    org.tadqiq.model.Attribution attributionCarried(Draft d, Sentence s, NormalizedText nt) {
      return new AttributionFinder(this, frames).attributionCarried(d, s, nt);
    }

    private Hit eventFor(Draft d, Sentence s) {
      if (d.eventSlot() != null && d.eventSlot().entry() != null) {
        return new Hit(d.eventSlot().start(), d.eventSlot().end(), d.eventSlot().entry());
      }
      if (insideAttribution(d, s)) {
        return null;
      }
      // the announcement of an event is another moment only for a time ("last week, when he
      // announced the visit"); a figure or a place an announcement gives is the event's own
      List<Hit> backdrops = of(frames.backdrop(), s).stream()
          .filter(b -> d.kind() == org.tadqiq.model.ClaimKind.TIME
              || !ANNOUNCEMENT.equals(b.entry().id()))
          .toList();
      if (followsAnotherGathering(d, s, backdrops)) {
        return null;
      }
      Hit event = nearestEvent(d, s, h -> !behind(h, backdrops, s, false));
      if (event == null) {
        return null;
      }
      int eventCost = cost(event, d);
      // a time next to a verb of saying dates the saying, not the event ("وقال ترامب يوم الخميس")
      boolean saidNearer = d.kind() == org.tadqiq.model.ClaimKind.TIME
          && of(frames.reporting(), s).stream()
              .anyMatch(h -> h.end() <= d.start() && h.distanceTo(d.start(), d.end()) <= eventCost);
      return saidNearer || stampsACount(d, s) || frontedBeforeSaying(d, s)
          || datesAnArrival(d, s, event) || saidBeforeThat(d, s, event) ? null : event;
    }

    /**
     * Whether the claim comes after, and nearest to, an event word that names a gathering someone
     * took part in or an event being announced, not the article's event: "عقب مشاركتهما في
     * اجتماعات الجمعية العامة في نيويورك" places the assembly's sessions, and no farther event
     * word of the sentence (the leaders' visit) takes the place instead. The setting of a meeting
     * ("on the sidelines of the summit in X") is not such a word: it is where the meeting was too.
     */
    private boolean followsAnotherGathering(Draft d, Sentence s, List<Hit> backdrops) {
      Hit nearest = nearestEvent(d, s, h -> true);
      return nearest != null && nearest.end() <= d.start() && behind(nearest, backdrops, s, true);
    }

    /**
     * The event word of the sentence within the frames' window of the claim that costs least to
     * reach (the earlier on a tie), among those {@code allowed}; null when there is none.
     */
    private Hit nearestEvent(Draft d, Sentence s, java.util.function.Predicate<Hit> allowed) {
      return events(s).stream()
          .filter(h -> h.distanceTo(d.start(), d.end()) <= frames.window())
          .filter(allowed)
          .min(Comparator.<Hit>comparingInt(h -> cost(h, d)).thenComparingInt(Hit::start))
          .orElse(null);
    }

    /**
     * Whether an event word stands right after a backdrop word, or right after an event word that
     * does ("عقب مشاركتهما في اجتماعات القمة": the summit's sessions; "on the sidelines of the
     * summit meetings"); with {@code otherGathering}, only behind a word that names another
     * gathering or an announcement, not the meeting's own setting.
     */
    private boolean behind(Hit h, List<Hit> backdrops, Sentence s, boolean otherGathering) {
      List<Hit> marks = new ArrayList<>(backdrops.stream()
          .filter(b -> !otherGathering || !OWN_SETTING.equals(b.entry().id())).toList());
      if (marks.isEmpty()) {
        return false;
      }
      for (Hit e : events(s).stream().sorted(Comparator.comparingInt(Hit::start)).toList()) {
        if (e.start() > h.start()) {
          break;
        }
        if (marks.stream().anyMatch(b -> b.end() <= e.start()
            && e.start() - b.end() <= frames.markerWindow())) {
          if (e.start() == h.start()) {
            return true;
          }
          marks.add(e);
        }
      }
      return false;
    }

    /**
     * Whether a time follows a word of arriving that itself follows the event word: "the first
     * formal meeting since the guest arrived in China on Sunday", "أول اجتماع منذ وصول الرئيس إلى
     * الصين يوم الأحد" date the arrival, days before the meeting. A visit begins with its guest's
     * arrival ({@code journey_events}): the day is then its own.
     */
    private boolean datesAnArrival(Draft d, Sentence s, Hit event) {
      if (d.kind() != org.tadqiq.model.ClaimKind.TIME
          || common.policies().journeyEvents().contains(event.entry().id())) {
        return false;
      }
      return of(frames.arrivals(), s).stream()
          .anyMatch(h -> h.start() >= event.end() && h.end() <= d.start());
    }

    /**
     * Whether a time stands between a verb of saying and the "that" its report opens with, the
     * event word coming after: "أعلن المتحدث، اليوم الاثنين، أن الزلزال أودى بحياة 600" and "the
     * ministry said on Monday that the quake killed 600" date the announcement, not the quake.
     */
    private boolean saidBeforeThat(Draft d, Sentence s, Hit event) {
      if (d.kind() != org.tadqiq.model.ClaimKind.TIME || event.start() < d.end()) {
        return false;
      }
      boolean saidBefore = of(frames.reporting(), s).stream()
          .anyMatch(h -> h.end() <= d.start() && events(s).stream()
              .noneMatch(e -> e.start() >= h.end() && e.end() <= d.start()));
      return saidBefore && of(frames.complementizers(), s).stream()
          .anyMatch(c -> c.start() >= d.end() && c.end() <= event.start());
    }

    /**
     * Whether a time is the moment a count was taken, right after a word of {@code count_stamps}
     * ("As of early Monday, 82 people had died"; "حتى ساعة متأخرة من مساء الأحد"): it dates the
     * figure, not the event counted, which happened days before.
     */
    private boolean stampsACount(Draft d, Sentence s) {
      return d.kind() == org.tadqiq.model.ClaimKind.TIME && of(frames.countStamps(), s).stream()
          .anyMatch(h -> h.end() <= d.start() && words(h.end(), d.start()) <= 1);
    }

    /**
     * Whether a time opens its sentence and the first verb of saying after it comes before any
     * event word: "On Monday, the government announced that the toll of the quake had climbed to
     * 1,700" dates the announcement, not the quake ("On Friday, a quake struck …, officials said"
     * still dates the quake).
     */
    private boolean frontedBeforeSaying(Draft d, Sentence s) {
      if (d.kind() != org.tadqiq.model.ClaimKind.TIME || words(s.start(), d.start()) > 1) {
        return false;
      }
      Hit said = of(frames.reporting(), s).stream().filter(h -> h.start() >= d.end())
          .min(Comparator.comparingInt(Hit::start)).orElse(null);
      return said != null && events(s).stream()
          .noneMatch(h -> h.start() >= d.end() && h.start() < said.start());
    }

    // An event word before the claim is the likelier head ("قمة ... والتي استمرت نحو 3 ساعات"):
    // one after it counts double.
    private int cost(Hit h, Draft d) {
      int distance = h.distanceTo(d.start(), d.end());
      return h.start() >= d.end() ? distance * 2 : distance;
    }

    private boolean insideAttribution(Draft d, Sentence s) {
      if (d.kind() == org.tadqiq.model.ClaimKind.QUANTITY) {
        // a figure is never part of who gives it: "according to the Red Crescent 70 were killed"
        return false;
      }
      for (Hit a : of(frames.attribution(), s)) {
        if (a.start() <= d.start() && text.substring(a.end(), d.start()).indexOf(',') < 0) {
          return true;
        }
      }
      return false;
    }
  }

  static final String CLAUSE_END = ",.;:!?\"«»“”()\n،؛";

  private static boolean isComma(char c) {
    return c == ',' || c == '،';
  }

  Scan scan(String text, List<Sentence> sentences) {
    return new Scan(text, sentences, null, null);
  }

  /**
   * As {@link #scan(String, List)}, with the occurrences in {@code text} of keywords that {@code
   * toScanners} numbers as {@link #keywords()}: the sentences are then not scanned again.
   */
  Scan scan(String text, List<Sentence> sentences, KeywordAutomaton.Found found, int[] toScanners) {
    return new Scan(text, sentences, found, toScanners);
  }

  /** The frame lexicons' keywords (lower-case). */
  List<String> keywords() {
    return scanners.keywords();
  }

  private static List<String> ids(List<Hit> hits) {
    TreeSet<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.entry().id()));
    return List.copyOf(ids);
  }
}
