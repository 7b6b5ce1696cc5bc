package org.tadqiq.align;

import java.util.List;

/** An event as the sources describe it: kind, participants, and the claims attached to it. */
public record Event(
    String id, String key, String kind, List<String> participants, boolean prior,
    List<String> sources, List<String> claims) {
  public Event {
    participants = List.copyOf(participants);
    sources = List.copyOf(sources);
    claims = List.copyOf(claims);
  }
}
