package org.tadqiq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tadqiq.pipeline.RulesLocator;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;
import org.tadqiq.rules.RuleFileException;
import org.tadqiq.rules.RulesStamp;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by the commands, and loading what it names. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "rules folder (default: ./rules if present, else the rules bundled in the jar)")
  Path rulesDir;

  /** The rule book, or null after telling {@code err} what is broken. */
  RuleBook load(PrintWriter err) {
    try {
      // rules checked before (same files, same checks) are not checked again: see RulesStamp
      return new RuleBookLoader().loadChecked(RulesLocator.locate(rulesDir), RulesStamp.defaultCacheDir());
    } catch (RuleFileException e) {
      err.println("tadqiq: broken rules: " + e.getMessage());
      return null;
    }
  }
}
