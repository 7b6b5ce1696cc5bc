package org.tadqiq.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;

/** A broken rule file stops the load with file:line: [rule id] what is wrong. */
class RuleFileErrorsTest {
  @TempDir Path tmp;

  private Path copyRules() throws IOException {
    return TestRules.copyRules(tmp);
  }

  private static void append(Path file, String yaml) throws IOException {
    Files.writeString(file, Files.readString(file) + yaml, StandardCharsets.UTF_8);
  }

  private static final String RULE = """

        - id: ar.test.broken
          kind: quantity
          triggers: [UNIT_TIME]
          pattern: "%s"
          examples:
            - text: "x"
              expect: []
      """;

  @Test
  void unknownLexiconIsNamedWithFileLineAndRule() throws IOException {
    Path rules = copyRules();
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("{NUMBER:number} {NO_SUCH_WORDS:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("ar/quantity.yaml:")
        .hasMessageContaining("[ar.test.broken] unknown lexicon or part 'NO_SUCH_WORDS'");
  }

  @Test
  void circularPartIsReported() throws IOException {
    Path rules = copyRules();
    Path lang = rules.resolve("ar/language.yaml");
    Files.writeString(lang, Files.readString(lang)
        .replace("  parts:\n", "  parts:\n    LOOP_A: \"{LOOP_B}\"\n    LOOP_B: \"x{LOOP_A}\"\n"));
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("{LOOP_A} {UNIT_TIME:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[ar.test.broken] circular reference: LOOP_A → LOOP_B → LOOP_A");
  }

  @Test
  void misspelledKeyIsNotSilentlyDropped() throws IOException {
    Path rules = copyRules();
    Path q = rules.resolve("ar/quantity.yaml");
    Files.writeString(q, Files.readString(q).replaceFirst("    pattern:", "    patern:"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("ar/quantity.yaml:")
        .hasMessageContaining("unknown key 'patern'");
  }

  @Test
  void duplicateFormInALexiconIsAnError() throws IOException {
    Path rules = copyRules();
    Path units = rules.resolve("ar/lexicons/units.yaml");
    Files.writeString(units, Files.readString(units)
        .replace("[ساعات]", "[ساعات, دقائق]"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("ar/lexicons/units.yaml:")
        .hasMessageContaining("[UNIT_TIME] form 'دقائق' appears twice");
  }

  @Test
  void lexiconEntryMustNameAKnownEntity() throws IOException {
    Path rules = copyRules();
    Path ent = rules.resolve("ar/lexicons/entities.yaml");
    Files.writeString(ent, Files.readString(ent)
        .replace("{id: marco-rubio, forms:", "{id: marko-rubio, forms:"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[PERSON] entry 'marko-rubio' is not among the common entities");
  }

  @Test
  void anAllianceMustListPartiesAndBeNamedByOneOfThem() throws IOException {
    Path rules = copyRules();
    Path ent = rules.resolve("common/entities.yaml");
    String text = Files.readString(ent);
    Files.writeString(ent, text.replace("members: [de-cdu, de-csu]", "members: [de-cdu, de-cxu]"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[de-cdu-csu] alliance member 'de-cxu' must be a party of the lists");
    Files.writeString(ent, text.replace("named_by: de-cdu}", "named_by: de-spd}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("'named_by' is 'de-spd', which is not one of the alliance's members");
  }

  @Test
  void ruleWithoutExamplesIsRejected() throws IOException {
    Path rules = copyRules();
    append(rules.resolve("ar/quantity.yaml"), """

          - id: ar.test.no-examples
            kind: quantity
            triggers: [UNIT_TIME]
            pattern: "{UNIT_TIME:unit}"
        """);
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[ar.test.no-examples] a rule must carry examples");
  }

  // issue 9, point 8: a pattern that backtracks catastrophically took 38 s at 28 characters
  @Test
  void catastrophicPatternsAreRefusedInClaimRulesAndFurnitureMarkers() throws IOException {
    Path rules = copyRules();
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("(?:(?:ا|ا)+)+ب {UNIT_TIME:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("ar/quantity.yaml:")
        .hasMessageContaining("[ar.test.broken] the pattern can backtrack catastrophically:"
            + " '(?:ا|ا)+' can match the same text in more than one way");

    Path rules2 = copyRules();
    append(rules2.resolve("ar/furniture.yaml"), """

          - id: ar.furniture.test-broken
            scope: line
            pattern: "^(?:(?:ا|ا)+)+ب"
            examples: ["ب"]
        """);
    assertThatThrownBy(() -> new RuleBookLoader().load(rules2))
        .hasMessageContaining("ar/furniture.yaml:")
        .hasMessageContaining("[ar.furniture.test-broken] the pattern can backtrack catastrophically");
  }

  @Test
  void unboundedLookbehindsAreRefused() throws IOException {
    Path rules = copyRules();
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("(?<!صلاة\\\\s+){NUMBER:number} {UNIT_TIME:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[ar.test.broken] a lookbehind without a maximum length: '\\s+'");
  }

  // issue 11, point 3: nothing unbounded gets past the loader, wherever it is written — a part a
  // rule uses (named with the rule's file, line and id), or a frame window
  @Test
  void unboundedLookbehindsInPartsAndUnboundedWindowsAreRefused() throws IOException {
    Path rules = copyRules();
    Path language = rules.resolve("ar/language.yaml");
    String yaml = Files.readString(language);
    String year = "    YEAR: \"(?:[12]\\\\d{3})\"\n";
    assertThat(yaml).contains(year);
    Files.writeString(language, yaml.replace(year, year + "    BAD_PART: \"(?<!صلاة\\\\s*)\"\n"));
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("{BAD_PART}{NUMBER:number} {UNIT_TIME:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("ar/quantity.yaml:")
        .hasMessageContaining("[ar.test.broken] a lookbehind without a maximum length: in part BAD_PART: '\\s*'");

    Path rules2 = copyRules();
    Path language2 = rules2.resolve("ar/language.yaml");
    Files.writeString(language2, Files.readString(language2).replaceFirst("(?m)^    window: \\d+$", "    window: 100000"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules2))
        .hasMessageContaining("ar/language.yaml:")
        .hasMessageContaining("'frames.window' is 100000, it must be between 0 and 2000");
  }

  // issue 9, point 8: "lookback: -5" was accepted and the rule never fired
  @Test
  void numbersOutOfRangeAreRefused() throws IOException {
    Path rules = copyRules();
    append(rules.resolve("ar/quantity.yaml"), RULE.formatted("{NUMBER:number} {UNIT_TIME:unit}")
        + "    lookback: -5\n");
    assertThatThrownBy(() -> new RuleBookLoader().load(rules))
        .hasMessageContaining("[ar.test.broken] 'lookback' is -5, it must be between 0 and 1000");

    Path rules2 = copyRules();
    Path policies = rules2.resolve("common/policies.yaml");
    Files.writeString(policies, Files.readString(policies)
        .replace("conflict_threshold: 0.70", "conflict_threshold: 7"));
    assertThatThrownBy(() -> new RuleBookLoader().load(rules2))
        .hasMessageContaining("common/policies.yaml:")
        .hasMessageContaining("'conflict_threshold' is 7, it must be between 0 and 1");
  }

  @Test
  void packsLoadSideBySideButTheErrorReportedIsTheFirstInFolderOrder() throws IOException {
    Path both = copyRules();
    append(both.resolve("ar/quantity.yaml"), RULE.formatted("{NUMBER:number} {NO_SUCH_WORDS:unit}"));
    append(both.resolve("en/quantity.yaml"),
        RULE.replace("ar.test.broken", "en.test.broken").formatted("{NUMBER:number} {NO_SUCH_EN:unit}"));
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> new RuleBookLoader().load(both))
          .isInstanceOf(RuleFileException.class)
          .hasMessageContaining("ar/quantity.yaml:")
          .hasMessageContaining("[ar.test.broken] unknown lexicon or part 'NO_SUCH_WORDS'");
    }
    Path english = copyRules();
    append(english.resolve("en/quantity.yaml"),
        RULE.replace("ar.test.broken", "en.test.broken").formatted("{NUMBER:number} {NO_SUCH_EN:unit}"));
    assertThatThrownBy(() -> new RuleBookLoader().load(english))
        .isInstanceOf(RuleFileException.class)
        .hasMessageContaining("en/quantity.yaml:")
        .hasMessageContaining("[en.test.broken] unknown lexicon or part 'NO_SUCH_EN'");
  }
}
