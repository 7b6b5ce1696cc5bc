package org.tadqiq.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.tadqiq.pipeline.RulesLocator;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;
import org.tadqiq.rules.RuleFileException;
import picocli.CommandLine.Option;

/** The {@code --rules} option shared by the commands, and loading what it names. */
final class RulesOption {
  @Option(names = "--rules", paramLabel = "DIR",
      description = "rules folder (default: ./rules if present, else the rules bundled in the jar)")
  Path rulesDir;

  /** The rule book, or null after telling {@code err} what is broken. */
  RuleBook load(PrintWriter err) {
    try {
      return new RuleBookLoader().load(RulesLocator.locate(rulesDir));
    } catch (RuleFileException e) {
      err.println("tadqiq: broken rules: " + e.getMessage());
      return null;
    }
  }
}
