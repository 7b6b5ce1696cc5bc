package org.tadqiq.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A copy of a rules folder with extra generated rules, to measure how extraction cost grows with
 * the number of rules: each extra rule has a word list of its own (made-up words that are rare in
 * news), as a real rule pack's many narrow rules would.
 */
public final class SyntheticRules {
  private SyntheticRules() {}

  /** Copies {@code rules} to {@code target} and adds rules until the Arabic pack has {@code total}. */
  public static Path write(Path rules, Path target, int existing, int total) throws IOException {
    try (Stream<Path> s = Files.walk(rules)) {
      for (Path p : s.toList()) {
        Path t = target.resolve(rules.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    StringBuilder y = new StringBuilder("lexicons:\n");
    int extra = Math.max(0, total - existing);
    for (int i = 0; i < extra; i++) {
      y.append("  - name: SYN_").append(i).append("\n    entries:\n")
          .append("      - {id: w").append(i).append(", forms: [").append(word(i, 0)).append(", ")
          .append(word(i, 1)).append("]}\n");
    }
    y.append("rules:\n");
    for (int i = 0; i < extra; i++) {
      y.append("  - id: ar.synthetic.rule-").append(i).append("\n    kind: quantity\n")
          .append("    triggers: [SYN_").append(i).append("]\n")
          .append("    pattern: \"{NUMBER:number} {SYN_").append(i).append(":unit}\"\n")
          .append("    examples:\n      - text: \"5 ").append(word(i, 0)).append("\"\n")
          .append("        expect: [{quote: \"5 ").append(word(i, 0)).append("\", value: \"5 w")
          .append(i).append("\"}]\n");
    }
    Files.writeString(target.resolve("ar/zz-synthetic.yaml"), y.toString());
    return target;
  }

  // made-up words from Arabic letters: rare in real text, so they wake their rule rarely
  private static String word(int i, int variant) {
    String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    StringBuilder b = new StringBuilder("ظ");
    int n = i * 2 + variant + 7;
    while (n > 0) {
      b.append(letters.charAt(n % letters.length()));
      n /= letters.length();
    }
    return b.append("ظ").toString();
  }
}
