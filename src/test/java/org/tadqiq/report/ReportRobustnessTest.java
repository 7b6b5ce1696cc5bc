package org.tadqiq.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.cli.CliRunner;

/** The reports are written whatever the inputs hold: no language, broken text, hostile names. */
class ReportRobustnessTest {
  @TempDir Path dir;

  // issue 9, point 1: a source without a language (empty, binary, English …) beside good ones
  @Test
  void sourcesWithoutALanguageDoNotStopTheHtmlReport() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt"), in.resolve("003.txt"));
    Files.writeString(in.resolve("empty.txt"), "");
    Files.write(in.resolve("binary.txt"), new byte[] {1, 0, 2});
    Files.writeString(in.resolve("english.txt"), "The meeting lasted fifty minutes.");
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("check", in.toString(), "--out", out.toString(), "-q");
    assertThat(run.code()).isIn(0, 1);
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("english").contains("003");
  }

  @Test
  void aStoreHoldingAnArticleWithoutALanguageStillGetsItsReport() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt"), in.resolve("003.txt"));
    Files.writeString(in.resolve("english.txt"), "The meeting lasted fifty minutes.");
    Path db = dir.resolve("store.db");
    for (int run = 0; run < 2; run++) {
      Path out = dir.resolve("audit" + run);
      assertThat(CliRunner.run("audit", in.toString(), "--store", db.toString(), "--out",
          out.toString(), "-q").code()).isIn(0, 1);
      assertThat(out.resolve("report.html")).exists();
      assertThat(out.resolve("conflicts.jsonl")).exists();
    }
  }
}
