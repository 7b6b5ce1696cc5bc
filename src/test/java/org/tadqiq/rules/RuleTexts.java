package org.tadqiq.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The text the rules' shape tests match every rule against: the seeds, then every example and
 * negative of a language's rules, normalized by that language's pack.
 */
final class RuleTexts {
  private RuleTexts() {}

  static String normalized(LanguagePack pack) {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.sorted().toList()) {
        text.append(Files.readString(p)).append('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    pack.rules().forEach(r -> r.examples().forEach(e -> text.append(e.text()).append('\n')));
    pack.rules().forEach(r -> r.negatives().forEach(n -> text.append(n).append('\n')));
    return pack.normalizer().normalize(text.toString()).normalized();
  }
}
