package org.tadqiq.pipeline;

import java.util.List;
import org.tadqiq.extract.MatchBudget;
import org.tadqiq.ingest.InputLimits;

/**
 * Every limit a run keeps to, so no input can exhaust memory or time: how much of each input is
 * read ({@link InputLimits}) and how much work a rule may do on a text ({@link MatchBudget}).
 */
public record Limits(InputLimits input, MatchBudget match) {
  public static final Limits DEFAULTS = new Limits(InputLimits.DEFAULTS, MatchBudget.DEFAULT);

  /** The keys of {@code --limit KEY=VALUE}. */
  public static final List<String> KEYS = List.of("file-bytes", "article-chars", "record-bytes",
      "archive-bytes", "inflation-ratio", "rule-steps");

  /** This with one limit changed; an unknown key or a bad value is an IllegalArgumentException. */
  public Limits with(String key, String value) {
    if (key.equals("rule-steps")) {
      return new Limits(input, new MatchBudget(InputLimits.size(key, value), match.minimumSteps()));
    }
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("unknown limit '" + key + "', expected one of " + KEYS);
    }
    return new Limits(input.with(key, value), match);
  }
}
