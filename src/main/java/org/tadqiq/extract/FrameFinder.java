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
import org.tadqiq.rules.Specs;
import org.tadqiq.text.NormalizedText;

/**
 * Finds the event a claim speaks of. The frame lexicons named in language.yaml give the event words
 * (meeting, call, attack …), the words that make an event a backdrop ("على هامش قمة"), mark it as an
 * earlier one ("سبق أن"), or make a claim a forecast ("من المتوقع"), and the participants (persons;
 * countries when no person is named).
 */
final class FrameFinder {
  private final Specs.Frames frames;
  private final Map<String, LexiconScanner> scanners = new TreeMap<>();

  FrameFinder(LanguagePack pack, Specs.Clitics clitics) {
    this.frames = pack.frames();
    for (String name : pack.frameLexicons()) {
      scanners.put(name, new LexiconScanner(pack.lexicon(name), clitics));
    }
  }

  /**
   * The frame words of one document, found sentence by sentence and only for sentences that hold
   * a claim (or precede one): most sentences are never scanned.
   */
  final class Scan {
    private final Map<Integer, Map<String, List<Hit>>> bySentence = new java.util.HashMap<>();
    private final List<Sentence> sentences;
    private final String text;

    Scan(String text, List<Sentence> sentences) {
      this.sentences = sentences;
      this.text = text;
    }

    private List<Hit> of(String lexicon, Sentence s) {
      if (lexicon == null) {
        return List.of();
      }
      Map<String, List<Hit>> hits = bySentence.computeIfAbsent(s.index(), i -> scanSentence(s));
      return hits.getOrDefault(lexicon, List.of());
    }

    private Map<String, List<Hit>> scanSentence(Sentence s) {
      String part = text.substring(s.start(), s.end());
      Map<String, List<Hit>> out = new java.util.HashMap<>();
      for (Map.Entry<String, LexiconScanner> e : scanners.entrySet()) {
        List<Hit> hits = new ArrayList<>();
        for (Hit h : e.getValue().find(part)) {
          hits.add(new Hit(h.start() + s.start(), h.end() + s.start(), h.entry()));
        }
        out.put(e.getKey(), hits);
      }
      return out;
    }

    EventFrame frame(Draft d, Sentence s, NormalizedText text) {
      Hit event = eventFor(d, s);
      if (event == null) {
        return null;
      }
      boolean prior =
          of(frames.prior(), s).stream()
              .anyMatch(h -> h.distanceTo(event.start(), event.end()) <= frames.markerWindow());
      // people named in the sentence; else the countries acting in it; else the people of the
      // sentence before ("... مدته 50 دقيقة بين كبار الدبلوماسيين" names no one)
      List<String> participants = ids(of(frames.persons(), s));
      boolean carried = false;
      boolean persons = true;
      if (participants.isEmpty()) {
        participants = ids(of(frames.actors(), s));
        persons = false;
      }
      if (participants.isEmpty() && s.index() > 0) {
        Sentence before = sentences.get(s.index() - 1);
        if (!before.furniture()) {
          participants = ids(of(frames.persons(), before));
          carried = !participants.isEmpty();
          persons = true;
        }
      }
      Span word =
          new Span(text.toOriginalStart(event.start()), text.toOriginalEnd(event.end()));
      return new EventFrame(event.entry().id(), participants, carried, persons, prior, word);
    }

    /**
     * The modality of the nearest cue before the claim in its sentence ("من المتوقع", "denied",
     * "an estimated"); reported when there is none.
     */
    Modality modality(Draft d, Sentence s) {
      Hit nearest = null;
      for (Hit h : of(frames.modality(), s)) {
        if (h.end() <= d.start() && (nearest == null || h.start() > nearest.start())) {
          nearest = h;
        }
      }
      Modality m = nearest == null ? null : Modality.fromId(nearest.entry().id());
      return m == null ? Modality.REPORTED : m;
    }

    /** Who the claim's sentence says asserts it; null when it names no one. */
    org.tadqiq.model.Attribution attribution(Draft d, Sentence s, NormalizedText text) {
      return null;
    }

    private Hit eventFor(Draft d, Sentence s) {
      if (d.eventSlot() != null && d.eventSlot().entry() != null) {
        return new Hit(d.eventSlot().start(), d.eventSlot().end(), d.eventSlot().entry());
      }
      if (insideAttribution(d, s)) {
        return null;
      }
      List<Hit> backdrops = of(frames.backdrop(), s);
      Hit event = of(frames.eventWords(), s).stream()
          .filter(h -> h.distanceTo(d.start(), d.end()) <= frames.window())
          .filter(h -> backdrops.stream().noneMatch(b -> b.end() <= h.start()
              && h.start() - b.end() <= frames.markerWindow()))
          .min(Comparator.<Hit>comparingInt(h -> cost(h, d)).thenComparingInt(Hit::start))
          .orElse(null);
      if (event == null) {
        return null;
      }
      int eventCost = cost(event, d);
      boolean saidNearer = of(frames.reporting(), s).stream()
          .anyMatch(h -> h.end() <= d.start() && h.distanceTo(d.start(), d.end()) <= eventCost);
      return saidNearer ? null : event;
    }

    // An event word before the claim is the likelier head ("قمة ... والتي استمرت نحو 3 ساعات"):
    // one after it counts double.
    private int cost(Hit h, Draft d) {
      int distance = h.distanceTo(d.start(), d.end());
      return h.start() >= d.end() ? distance * 2 : distance;
    }

    private boolean insideAttribution(Draft d, Sentence s) {
      for (Hit a : of(frames.attribution(), s)) {
        if (a.start() <= d.start() && text.substring(a.end(), d.start()).indexOf(',') < 0) {
          return true;
        }
      }
      return false;
    }
  }

  Scan scan(String text, List<Sentence> sentences) {
    return new Scan(text, sentences);
  }

  private static List<String> ids(List<Hit> hits) {
    TreeSet<String> ids = new TreeSet<>();
    hits.forEach(h -> ids.add(h.entry().id()));
    return List.copyOf(ids);
  }
}
