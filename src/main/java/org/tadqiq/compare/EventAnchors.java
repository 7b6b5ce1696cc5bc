package org.tadqiq.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tadqiq.align.Facet;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.rules.CommonData;

/**
 * What else two sources say of one event, to tell how firmly they speak of the same one. An
 * event's identity comes from its strongest anchors: two sources that put the event on the same
 * calendar day, or in the same town, speak of one event even when only a country anchors it (a
 * quake "in Turkey"); two sources that put it on different days speak of two events (a meeting on
 * Thursday, another on Friday), so their other disagreements are no conflict.
 */
final class EventAnchors {
  /** What the anchors say of two sources' event. */
  enum Identity {
    /** the same day or the same town: one event */
    SAME,
    /** both dated, on different days: two events */
    DIFFERENT,
    /** nothing to tell */
    UNKNOWN
  }

  private final CommonData common;
  /** event → source → the calendar days it puts the event on */
  private final Map<String, Map<String, Set<LocalDate>>> days = new HashMap<>();
  /**
   * event → source → the dated times it gives the event, with their part of the day: two days next
   * to each other may still be one night ("late on Tuesday" GMT, "at dawn on Wednesday" local)
   */
  private final Map<String, Map<String, List<ClaimValue.When>>> datedTimes = new HashMap<>();
  /** event → source → the towns (below country level) it puts the event in */
  private final Map<String, Map<String, Set<String>>> towns = new HashMap<>();
  /** event → source → every day it names for the event, resolved or not ("Thursday") */
  private final Map<String, Map<String, List<Facet>>> dayMentions = new HashMap<>();
  /**
   * the people of a gathering (its key without its kind) and modality → source → every day it
   * names for any gathering of theirs whose kind policies' {@code shared_occasion_kinds} lists
   */
  private final Map<String, Map<String, List<Facet>>> gatheringDays = new HashMap<>();
  /** event → source → every place and day it names for the event */
  private final Map<String, Map<String, List<Facet>>> whereAndWhen = new HashMap<>();

  EventAnchors(CommonData common, List<Facet> facets) {
    this.common = common;
    // a source names an event's day or place once or twice: lists start small (there is one per
    // event and source of the archive), not at the default ten slots
    for (Facet f : facets) {
      EventFrame frame = f.claim().frame();
      if (frame == null) {
        continue;
      }
      String event = event(f);
      String source = f.claim().source();
      if (f.policy() == Policy.EVENT_DAY || f.policy() == Policy.EVENT_PLACE) {
        whereAndWhen.computeIfAbsent(event, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new ArrayList<>(2)).add(f);
      }
      if (f.policy() == Policy.EVENT_DAY) {
        dayMentions.computeIfAbsent(event, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new ArrayList<>(2)).add(f);
        if (sharesOccasions(frame)) {
          gatheringDays.computeIfAbsent(gathering(f), k -> new HashMap<>())
              .computeIfAbsent(source, k -> new ArrayList<>(2)).add(f);
        }
      }
      if (f.policy() == Policy.EVENT_DAY && f.claim().value() instanceof ClaimValue.When w
          && w.date() != null) {
        days.computeIfAbsent(event, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new TreeSet<>()).add(w.date());
        datedTimes.computeIfAbsent(event, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new ArrayList<>(2)).add(w);
      }
      if (f.policy() == Policy.EVENT_PLACE && f.claim().value() instanceof ClaimValue.Place p
          && !"country".equals(type(p.place()))) {
        towns.computeIfAbsent(event, k -> new HashMap<>())
            .computeIfAbsent(source, k -> new TreeSet<>()).add(p.place());
      }
    }
  }

  private String type(String entity) {
    var e = common.entity(entity);
    return e == null ? null : e.type();
  }

  private boolean sharesOccasions(EventFrame frame) {
    return !frame.prior() && common.policies().sharedOccasionKinds().contains(frame.kind());
  }

  /**
   * The people of a facet's gathering, whatever its kind and modality: an article that tells of
   * them meeting on Monday and of "more talks scheduled for Tuesday" tells of two gatherings, and
   * another outlet's "talks are planned for Tuesday" may be the second.
   */
  private static String gathering(Facet f) {
    String key = f.claim().frame().key();
    int people = key.indexOf('[');
    return people < 0 ? "" : key.substring(people);
  }

  /** The event a facet speaks of, with the modality it is compared under. */
  static String event(Facet f) {
    return f.claim().frame().key() + "|" + f.claim().modality().comparedAs().id();
  }

  /**
   * Whether the sources of two positions speak of one event, judged by anchors other than the
   * policy being compared (a day conflict is not judged by days).
   */
  Identity identity(String event, List<String> a, List<String> b, Policy judged) {
    if (judged != Policy.EVENT_DAY) {
      Set<LocalDate> da = collect(days, event, a);
      Set<LocalDate> db = collect(days, event, b);
      if (!da.isEmpty() && !db.isEmpty()) {
        for (LocalDate d : da) {
          if (db.contains(d)) {
            return Identity.SAME;
          }
        }
        // a night told on one side of midnight by one source and on the other by another (time
        // zones: "late Tuesday" GMT is "early Wednesday" local) may be one event: nothing to tell
        return oneNight(event, a, b) ? Identity.UNKNOWN : Identity.DIFFERENT;
      }
    }
    if (judged != Policy.EVENT_PLACE) {
      Set<String> ta = collect(towns, event, a);
      Set<String> tb = collect(towns, event, b);
      for (String t : ta) {
        for (String u : tb) {
          if (common.placeWithin(t, u) || common.placeWithin(u, t)) {
            return Identity.SAME;
          }
        }
      }
    }
    return Identity.UNKNOWN;
  }

  /**
   * Whether some dated time of the event in {@code a} and one in {@code b} fall on two days next to
   * each other that the day policy counts as one night (an evening or a night, then a dawn or a
   * morning of the next day).
   */
  private boolean oneNight(String event, List<String> a, List<String> b) {
    Map<String, List<ClaimValue.When>> bySource = datedTimes.getOrDefault(event, Map.of());
    for (String s : a) {
      for (ClaimValue.When x : bySource.getOrDefault(s, List.of())) {
        for (String t : b) {
          for (ClaimValue.When y : bySource.getOrDefault(t, List.of())) {
            if (!x.date().equals(y.date()) && Policy.daysAgree(x, y)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the sources of two positions put the event on one resolved calendar day (a town shared
   * is not counted: a quake and its aftershock strike one town).
   */
  boolean sameDay(String event, List<String> a, List<String> b) {
    Set<LocalDate> da = collect(days, event, a);
    for (LocalDate d : collect(days, event, b)) {
      if (da.contains(d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of the sources tells of several occasions of the event: it names two days for it
   * that cannot be one ("Thursday" and "Friday"), so that its other values may belong to different
   * occasions (talks on Thursday in one town, on Friday in another).
   */
  boolean severalOccasions(String event, List<String> sources) {
    return twoDaysIn(dayMentions.getOrDefault(event, Map.of()), sources);
  }

  /**
   * {@link #severalOccasions(String, List)} for a facet's event, counting the days of every
   * gathering of its people whose kind shares occasions with it: a dinner on Monday and talks on
   * Tuesday are two gatherings of the same people, and "met in Ankara on Monday" may be the dinner.
   */
  boolean severalOccasions(Facet f, List<String> sources) {
    return sharesOccasions(f.claim().frame())
        ? twoDaysIn(gatheringDays.getOrDefault(gathering(f), Map.of()), sources)
        : severalOccasions(event(f), sources);
  }

  private boolean twoDaysIn(Map<String, List<Facet>> bySource, List<String> sources) {
    for (String s : sources) {
      List<Facet> daysOfSource = bySource.getOrDefault(s, List.of());
      for (int i = 0; i < daysOfSource.size(); i++) {
        for (int j = i + 1; j < daysOfSource.size(); j++) {
          if (!Policy.EVENT_DAY.compatible(daysOfSource.get(i), daysOfSource.get(j), common)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence of {@code f} tells of another occasion of its event than the rest of its
   * article: it puts the event in a place or on a day that the article's other sentences about it
   * cannot share ("the first meeting since the war took place in Antalya" in an article about a
   * meeting in Vienna).
   */
  boolean anotherOccasion(Facet f) {
    List<Facet> all = whereAndWhen.getOrDefault(event(f), Map.of())
        .getOrDefault(f.claim().source(), List.of());
    int sentence = f.claim().contextStart();
    for (Facet here : all) {
      if (here.claim().contextStart() != sentence) {
        continue;
      }
      for (Facet there : all) {
        if (there.claim().contextStart() != sentence && there.policy() == here.policy()
            && !here.policy().compatible(here, there, common)) {
          return true;
        }
      }
    }
    return false;
  }

  private static <T> Set<T> collect(Map<String, Map<String, Set<T>>> index, String event,
      List<String> sources) {
    Map<String, Set<T>> bySource = index.get(event);
    Set<T> out = new TreeSet<>();
    if (bySource != null) {
      for (String s : sources) {
        out.addAll(bySource.getOrDefault(s, Set.of()));
      }
    }
    return out;
  }

  static List<String> sources(List<Facet> facets) {
    List<String> out = new ArrayList<>();
    facets.forEach(f -> out.add(f.claim().source()));
    return out;
  }
}
