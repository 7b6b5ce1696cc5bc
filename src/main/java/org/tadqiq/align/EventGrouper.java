package org.tadqiq.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.tadqiq.model.Claim;
import org.tadqiq.model.EventFrame;

/** Groups the claims' event frames across sources by identity key (kind, participants, earlier). */
public final class EventGrouper {
  public List<Event> group(List<Claim> claims) {
    Map<String, List<Claim>> byKey = new TreeMap<>();
    Map<String, EventFrame> frames = new TreeMap<>();
    for (Claim c : claims) {
      EventFrame f = c.frame();
      if (f == null || f.participants().isEmpty()) {
        continue;
      }
      byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(c);
      frames.putIfAbsent(f.key(), f);
    }
    List<Event> events = new ArrayList<>();
    for (Map.Entry<String, List<Claim>> e : byKey.entrySet()) {
      EventFrame f = frames.get(e.getKey());
      TreeSet<String> sources = new TreeSet<>();
      e.getValue().forEach(c -> sources.add(c.source()));
      events.add(new Event("event-" + (events.size() + 1), e.getKey(), f.kind(), f.participants(),
          f.prior(), List.copyOf(sources), e.getValue().stream().map(Claim::id).toList()));
    }
    return events;
  }
}
