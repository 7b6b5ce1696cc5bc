package org.tadqiq.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.rules.FurnitureMarker;
import org.tadqiq.rules.LanguagePack;

/** Markers tried at line starts alone find what a search of the whole text finds. */
class FurnitureFinderTest {
  @Test
  void markersTriedAtLineStartsFindWhatASearchFinds() throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("seeds"))) {
      for (Path p : s.sorted().toList()) {
        texts.add(Files.readString(p));
      }
    }
    int ranges = 0;
    for (String lang : List.of("ar", "en")) {
      LanguagePack pack = TestRules.load().pack(lang).orElseThrow();
      StringBuilder examples = new StringBuilder();
      int anchored = 0;
      for (FurnitureMarker m : pack.furniture()) {
        // ar.furniture.article-end also finds a phrase anywhere (a "|" outside its "^…" group)
        anchored += FurnitureFinder.atLineStarts(m.pattern()) ? 1 : 0;
        m.examples().forEach(e -> examples.append("a line before\n").append(e).append('\n'));
        m.negatives().forEach(n -> examples.append(n).append("\r\n"));
      }
      assertThat(anchored).as(lang).isGreaterThanOrEqualTo(pack.furniture().size() - 1);
      // other line terminators, and examples right at the start and end of a text
      List<String> all = new ArrayList<>(texts);
      all.add(examples.toString());
      all.add(examples.toString().replace("\n", "\u2028"));
      all.add(examples.toString().replace("\n", "\r"));
      all.add(examples.toString().strip());
      // the same markers written so that the finder cannot tell they are anchored: searched
      List<FurnitureMarker> searched = pack.furniture().stream()
          .map(m -> new FurnitureMarker(m.id(), Pattern.compile("(?:" + m.pattern().pattern() + ")"),
              m.scope(), m.examples(), m.negatives(), m.file(), m.line()))
          .toList();
      assertThat(FurnitureFinder.atLineStarts(searched.get(0).pattern())).isFalse();
      FurnitureFinder atLines = new FurnitureFinder(pack.furniture(), 0.3);
      FurnitureFinder bySearch = new FurnitureFinder(searched, 0.3);
      for (String text : all) {
        var normalized = pack.normalizer().normalize(text);
        List<ExcludedRange> found = atLines.find(normalized);
        assertThat(found).isEqualTo(bySearch.find(normalized));
        ranges += found.size();
      }
    }
    assertThat(ranges).isGreaterThan(20);
  }

  @Test
  void aCaretMatchesAfterEachLineTerminatorButNotAtTheEnd() {
    assertThat(FurnitureFinder.lineStarts("a\nb\r\nc\rd\u2028e\n")).containsExactly(0, 2, 5, 7, 9);
    assertThat(FurnitureFinder.lineStarts("")).isEmpty();
    assertThat(FurnitureFinder.atLineStarts(Pattern.compile("(?m)^a|b"))).isFalse();
    assertThat(FurnitureFinder.atLineStarts(Pattern.compile("(?m)^(?:a|b)"))).isTrue();
  }
}
