package org.tadqiq.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.tadqiq.pipeline.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --limit KEY=VALUE} option: how much of the inputs a run reads, and rule budgets. */
final class LimitsOption {
  @Spec(Spec.Target.MIXEE) CommandLine.Model.CommandSpec spec;

  @Option(names = "--limit", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "change a limit (repeatable): file-bytes (16M), article-chars (2000000),"
          + " record-bytes (16M), archive-bytes (64G), inflation-ratio (100), rule-steps (200 per"
          + " character of text); sizes take K, M, G")
  Map<String, String> given = new LinkedHashMap<>();

  Limits get() {
    Limits limits = Limits.DEFAULTS;
    for (Map.Entry<String, String> e : given.entrySet()) {
      try {
        limits = limits.with(e.getKey(), e.getValue());
      } catch (IllegalArgumentException ex) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit: " + ex.getMessage());
      }
    }
    return limits;
  }
}
