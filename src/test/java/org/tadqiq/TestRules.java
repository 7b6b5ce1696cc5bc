package org.tadqiq;

import java.nio.file.Path;
import org.tadqiq.rules.RuleBook;
import org.tadqiq.rules.RuleBookLoader;

/** The project's own rules folder, loaded once per test class that asks. */
public final class TestRules {
  public static final Path RULES = Path.of("rules");
  public static final Path SEEDS = Path.of("seeds");

  private TestRules() {}

  public static RuleBook load() {
    return new RuleBookLoader().load(RULES);
  }
}
