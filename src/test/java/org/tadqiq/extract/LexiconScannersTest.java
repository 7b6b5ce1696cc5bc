package org.tadqiq.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.LanguagePack;

/** All frame lexicons found in one pass give each lexicon the words it finds alone. */
class LexiconScannersTest {
  @Test
  void onePassFindsWhatEachLexiconFindsAlone() throws IOException {
    StringBuilder corpus = new StringBuilder();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.sorted().toList()) {
        corpus.append(Files.readString(p)).append('\n');
      }
    }
    for (String lang : List.of("ar", "en")) {
      LanguagePack pack = TestRules.load().pack(lang).orElseThrow();
      StringBuilder text = new StringBuilder(corpus);
      pack.rules().forEach(r -> r.examples().forEach(e -> text.append(e.text()).append('\n')));
      String normalized = pack.normalizer().normalize(text.toString()).normalized();
      Map<String, LexiconScanner> each = new TreeMap<>();
      for (String name : pack.frameLexicons()) {
        each.put(name, new LexiconScanner(pack.lexicon(name), pack.clitics()));
      }
      Map<String, List<Hit>> together = new LexiconScanners(each).find(normalized);
      int hits = 0;
      for (Map.Entry<String, LexiconScanner> e : each.entrySet()) {
        List<Hit> alone = e.getValue().find(normalized);
        assertThat(together.get(e.getKey())).as(lang + " " + e.getKey()).isEqualTo(alone);
        hits += alone.size();
      }
      assertThat(hits).isPositive();
    }
  }
}
