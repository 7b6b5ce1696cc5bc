package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;

/**
 * Rules checked once are not checked again while their files and the checks stay the same; any
 * edit of a rule file brings every check back, so the rules stay editable without a rebuild.
 */
class RulesStampTest {
  @TempDir Path tmp;

  private Path copyRules() throws IOException {
    return TestRules.copyRules(tmp);
  }

  @Test
  void aStampIsLeftOnlyAfterEveryCheckPassedAndAnEditInvalidatesIt() throws IOException {
    Path rules = copyRules();
    Path cache = tmp.resolve("cache");
    assertThat(RulesStamp.of(rules, cache).checked()).isFalse();
    new RuleBookLoader().loadChecked(rules, cache);
    assertThat(RulesStamp.of(rules, cache).checked()).isTrue();

    // a comment is an edit like any other: the files are not the ones that were checked
    Path q = rules.resolve("en/quantity.yaml");
    Files.writeString(q, Files.readString(q) + "\n# edited\n", StandardCharsets.UTF_8);
    assertThat(RulesStamp.of(rules, cache).checked()).isFalse();
    // a new file under the folder counts too
    Path rules2 = copyRules();
    String before = RulesStamp.of(rules2, cache).hash();
    Files.writeString(rules2.resolve("en/lexicons/extra.yaml"), "lexicons: []\n");
    assertThat(RulesStamp.of(rules2, cache).hash()).isNotEqualTo(before);
  }

  @Test
  void aPatternMadeUnsafeAfterTheStampIsStillRefused() throws IOException {
    Path rules = copyRules();
    Path cache = tmp.resolve("cache");
    new RuleBookLoader().loadChecked(rules, cache);
    Path q = rules.resolve("ar/quantity.yaml");
    Files.writeString(q, Files.readString(q) + """

          - id: ar.test.broken
            kind: quantity
            triggers: [UNIT_TIME]
            pattern: "(?:(?:ا|ا)+)+ب {UNIT_TIME:unit}"
            examples:
              - text: "x"
                expect: []
        """, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new RuleBookLoader().loadChecked(rules, cache))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("[ar.test.broken] the pattern can backtrack catastrophically");
    assertThat(RulesStamp.of(rules, cache).checked()).isFalse();
  }

  @Test
  void aCheckedBookIsTheBookALoadThatChecksGives() throws IOException {
    Path rules = copyRules();
    Path cache = tmp.resolve("cache");
    RuleBook checked = new RuleBookLoader().loadChecked(rules, cache);
    RuleBook trusted = new RuleBookLoader().loadChecked(rules, cache); // from the stamp
    assertThat(trusted.languages()).containsExactlyElementsOf(checked.languages());
    for (String lang : checked.languages()) {
      assertThat(trusted.script(lang).pattern()).isEqualTo(checked.script(lang).pattern());
      LanguagePack a = checked.pack(lang).orElseThrow();
      LanguagePack b = trusted.pack(lang).orElseThrow();
      assertThat(patterns(b.rules())).isEqualTo(patterns(a.rules()));
      assertThat(b.furniture().stream().map(f -> f.pattern().pattern()).toList())
          .isEqualTo(a.furniture().stream().map(f -> f.pattern().pattern()).toList());
      assertThat(b.lexicons().keySet()).isEqualTo(a.lexicons().keySet());
      // a pack is built once: every caller gets the same one
      assertThat(trusted.pack(lang).orElseThrow()).isSameAs(b);
    }
  }

  private static List<String> patterns(List<CompiledRule> rules) {
    return rules.stream().map(r -> r.id() + " " + r.pattern().pattern()).toList();
  }

  @Test
  void theCacheKeepsOnlyTheStampsUsedLastWithTheirDerivedData() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("tiny-rules"));
    Path cache = tmp.resolve("cache-prune");
    Path stamps = Files.createDirectories(cache.resolve("checked-rules"));
    // stamps of earlier edits, oldest first, each with derived data
    for (int i = 0; i < RulesStamp.STAMPS_KEPT + 4; i++) {
      Path old = Files.writeString(stamps.resolve("old" + i), "rules checked by tadqiq\n");
      Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
      Files.createDirectories(cache.resolve("derived").resolve("old" + i));
      Files.writeString(cache.resolve("derived").resolve("old" + i).resolve("ar-rule-shapes.tsv"), "x");
    }
    Files.writeString(rules.resolve("a.yaml"), "# one file\n");
    RulesStamp now = RulesStamp.of(rules, cache);
    now.markChecked();

    assertThat(now.checked()).isTrue();
    try (var s = Files.list(stamps)) {
      assertThat(s.count()).isEqualTo(RulesStamp.STAMPS_KEPT);
    }
    // the five oldest went, with their derived folders; the newest earlier ones stayed
    assertThat(stamps.resolve("old0")).doesNotExist();
    assertThat(cache.resolve("derived").resolve("old0")).doesNotExist();
    assertThat(cache.resolve("derived").resolve("old4")).doesNotExist();
    assertThat(stamps.resolve("old5")).exists();
    assertThat(cache.resolve("derived").resolve("old" + (RulesStamp.STAMPS_KEPT + 3))).exists();
  }
}
