package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: outputs, exit codes, determinism. */
class CheckCommandTest {
  @TempDir Path tmp;

  @Test
  void seedsGiveExitOneAndBothReports() throws IOException {
    Path out = tmp.resolve("out");
    int code = Main.run("check", "seeds", "--out", out.toString(), "--rules", "rules");
    assertThat(code).isEqualTo(1);
    assertThat(out.resolve("report.html")).exists();
    assertThat(out.resolve("report.json")).exists();
    assertThat(Files.readString(out.resolve("report.json"))).contains("\"conflicts\" : 1");
  }

  @Test
  void sameInputGivesByteIdenticalJson() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Main.run("check", "seeds", "--out", a.toString());
    Main.run("check", "seeds", "--out", b.toString());
    assertThat(Files.readAllBytes(a.resolve("report.json")))
        .isEqualTo(Files.readAllBytes(b.resolve("report.json")));
    assertThat(Files.readAllBytes(a.resolve("report.html")))
        .isEqualTo(Files.readAllBytes(b.resolve("report.html")));
  }

  @Test
  void outputIsTheSameWhateverTheThreadCount() throws IOException {
    Path one = tmp.resolve("t1");
    Path two = tmp.resolve("t2");
    Main.run("check", "seeds", "--threads", "1", "--out", one.toString());
    Main.run("check", "seeds", "--threads", "2", "--out", two.toString());
    assertThat(Files.readAllBytes(one.resolve("report.json")))
        .isEqualTo(Files.readAllBytes(two.resolve("report.json")));
  }

  @Test
  void noConflictGivesExitZero() throws IOException {
    Path one = tmp.resolve("one");
    Files.createDirectories(one);
    Files.copy(Path.of("seeds/000_28ff8978b549dea5.txt"), one.resolve("000.txt"));
    Files.copy(Path.of("seeds/004_fc8eba30a11925df.txt"), one.resolve("004.txt"));
    assertThat(Main.run("check", one.toString(), "--out", tmp.resolve("o").toString())).isZero();
  }

  @Test
  void nothingReadableOrBadUsageGivesExitTwo() throws IOException {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "");
    assertThat(Main.run("check", empty.toString(), "--out", tmp.resolve("o").toString())).isEqualTo(2);
    assertThat(Main.run("check")).isEqualTo(2);
    assertThat(Main.run("check", "seeds", "--no-such-option")).isEqualTo(2);
  }

  @Test
  void brokenRulesGiveExitTwo() throws IOException {
    Path rules = tmp.resolve("rules");
    Files.createDirectories(rules.resolve("common"));
    Files.writeString(rules.resolve("common/policies.yaml"), "policies: {approximate_tolerance: x}\n");
    assertThat(Main.run("check", "seeds", "--rules", rules.toString(), "--out", tmp.toString()))
        .isEqualTo(2);
  }

  @Test
  void auditWritesTheStoreReportsAndADraftIsGatedAgainstIt() throws IOException {
    Path db = tmp.resolve("store.db");
    Path out = tmp.resolve("audit");
    assertThat(Main.run("audit", "seeds", "--store", db.toString(), "--out", out.toString(), "-q"))
        .isEqualTo(1);
    assertThat(out.resolve("conflicts.jsonl")).exists();
    assertThat(Files.readAllLines(out.resolve("conflicts.jsonl"))).hasSize(1);
    assertThat(out.resolve("report.html")).exists();
    Path agreeing = tmp.resolve("agreeing.txt");
    Files.writeString(agreeing, "التقى روبيو ولافروف في كوالالمبور مساء الخميس.");
    assertThat(Main.run("check", agreeing.toString(), "--against", db.toString(), "--out",
        tmp.resolve("d1").toString())).isZero();
    Path clashing = tmp.resolve("clashing.txt");
    Files.writeString(clashing, "التقى روبيو ولافروف في جاكرتا مساء الخميس.");
    assertThat(Main.run("check", clashing.toString(), "--against", db.toString(), "--out",
        tmp.resolve("d2").toString())).isEqualTo(1);
    assertThat(Main.run("check", clashing.toString(), "--against", tmp.resolve("none.db").toString(),
        "--out", tmp.resolve("d3").toString())).isEqualTo(2);
  }

  @Test
  void aLargeStoreReportIsRankedPagedAndListsEveryConflict() throws IOException {
    Path in = tmp.resolve("many");
    Files.createDirectories(in);
    String[] others = {"لافروف", "بوتين", "ماكرون", "زيلينسكي", "ستارمر", "بايدن", "ويتكوف",
        "نتنياهو", "بيسكوف", "أوشاكوف", "ريابكوف", "ميرتس"};
    for (int i = 0; i < others.length; i++) {
      Files.writeString(in.resolve(i + "-a.txt"), "التقى روبيو و" + others[i] + " في كوالالمبور.");
      Files.writeString(in.resolve(i + "-b.txt"), "التقى روبيو و" + others[i] + " في جاكرتا.");
    }
    Path out = tmp.resolve("big");
    assertThat(Main.run("audit", in.toString(), "--store", tmp.resolve("big.db").toString(),
        "--out", out.toString(), "-q")).isEqualTo(1);
    assertThat(Files.readAllLines(out.resolve("conflicts.jsonl"))).hasSize(others.length)
        .allMatch(line -> line.contains("\"policy\":\"event.same-place\""));
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("class=\"pager\"");
    assertThat(html.split("<article class=\"card conflict\"", -1)).hasSize(others.length + 1);
    String json = Files.readString(out.resolve("report.json"));
    assertThat(json).contains("\"rank\" : 12");
    assertThat(Files.readAllLines(out.resolve("findings.csv"))).hasSize(others.length + 1);
  }

  @Test
  void helpExplainsTheCommand() {
    assertThat(Main.run("check", "--help")).isZero();
  }
}
