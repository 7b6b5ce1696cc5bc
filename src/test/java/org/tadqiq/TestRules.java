package org.tadqiq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
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

  /** A copy of the rules folder in a new folder under {@code parent}, for a test to edit. */
  public static Path copyRules(Path parent) throws IOException {
    Path dest = Files.createTempDirectory(parent, "rules");
    try (Stream<Path> s = Files.walk(RULES)) {
      for (Path p : s.toList()) {
        Path target = dest.resolve(RULES.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    return dest;
  }
}
