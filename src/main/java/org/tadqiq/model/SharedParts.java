package org.tadqiq.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One instance of each equal part of the claims of a run (subjects, attributes, rule ids, values,
 * attributions, participant lists), so that a check holding every claim of an archive holds each
 * repeated part once: most claims of an archive share their event key, attribute and rule with
 * thousands of others, and each was a string of its own. The sentences of a source's claims are
 * deflated into one {@link ClaimSentences}. One table per run, used by one thread.
 */
public final class SharedParts {
  private final Map<Object, Object> seen = new HashMap<>();
  // its native memory is released by the JDK's cleaner when the run's table is let go
  private final java.util.zip.Deflater deflater = new java.util.zip.Deflater();

  /** The claims of one source, each holding the run's instances of its parts. */
  public List<Claim> share(List<Claim> claims) {
    // a frame is shared by the claims of one source only: its event word's span is the source's
    Map<EventFrame, EventFrame> frames = new HashMap<>();
    // each distinct sentence once, in the order the claims come (start and length name it)
    Map<Long, Integer> at = new HashMap<>();
    StringBuilder sentences = new StringBuilder();
    for (Claim c : claims) {
      String context = c.context();
      if (context != null) {
        at.computeIfAbsent(((long) c.contextStart() << 32) | context.length(), k -> {
          sentences.append(context);
          return sentences.length() - context.length();
        });
      }
    }
    ClaimSentences packed = ClaimSentences.deflated(sentences.toString(), deflater);
    List<Claim> out = new ArrayList<>(claims.size());
    for (Claim c : claims) {
      int contextAt = c.context() == null ? 0
          : at.get(((long) c.contextStart() << 32) | c.context().length());
      out.add(c.sharing(this, frames, packed, contextAt));
    }
    return out;
  }

  String of(String s) {
    return s == null ? null : canonical(s);
  }

  ClaimValue value(ClaimValue v) {
    // an office's equality leaves out whether its status was implied: it is never merged
    return v instanceof ClaimValue.Office ? v : canonical(v);
  }

  Attribution attribution(Attribution a) {
    return a == null ? null : canonical(a);
  }

  EventFrame frame(EventFrame f, Map<EventFrame, EventFrame> ofSource) {
    if (f == null) {
      return null;
    }
    EventFrame known = ofSource.get(f);
    if (known != null) {
      return known;
    }
    EventFrame lean = new EventFrame(of(f.kind()), canonical(f.participants()),
        f.participantsCarried(), f.participantsArePersons(), f.prior(), f.eventWord(),
        f.eventCarried(), f.another());
    ofSource.put(lean, lean);
    return lean;
  }

  @SuppressWarnings("unchecked")
  private <T> T canonical(T part) {
    return (T) seen.computeIfAbsent(part, p -> p);
  }
}
