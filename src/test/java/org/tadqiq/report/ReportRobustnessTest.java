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

  private static final String EMOJI = "\uD83D\uDE00"; // 😀, two UTF-16 chars

  // issue 9, point 2: the tool cut a quote window (400 chars) or a title (90) inside an emoji
  @Test
  void quoteWindowsAndTitlesAreNeverCutInsideAnEmoji() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String claim = "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.";
    StringBuilder text = new StringBuilder();
    // no sentence end before the claim: its quote window starts 400 chars back, at every offset
    // of a run of emoji, so one of the windows falls between an emoji's two halves
    for (int shift = 0; shift < 2; shift++) {
      StringBuilder line = new StringBuilder("x".repeat(shift));
      while (line.length() < 450) {
        line.append(EMOJI);
      }
      text.append(line).append(' ').append(claim).append('\n');
    }
    // a first line of 90+ chars becomes the title: one of these two cuts it inside an emoji
    Files.writeString(in.resolve("a.txt"), EMOJI.repeat(60) + "\n" + text);
    Files.writeString(in.resolve("b.txt"), "x" + EMOJI.repeat(60) + "\n" + text);
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("check", in.toString(), "--out", out.toString(), "-q");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(json).contains("نحو 50 دقيقة").doesNotContain("\uFFFD").endsWith("}\n");
    assertThat(html).contains("نحو 50 دقيقة").doesNotContain("\uFFFD").contains("</html>");
  }

  // issue 9, point 2: inputs bring unpaired surrogates themselves (HTML entities, JSON escapes)
  @Test
  void brokenCharactersInInputsAreReplacedAndReportedAsThatInputsProblem() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("page.html"), "<html><head><title>t&#xD800;x</title></head><body>"
        + "<p>التقى روبيو ولافروف &#xD800; في كوالالمبور.</p></body></html>");
    Files.writeString(in.resolve("batch.jsonl"),
        "{\"id\": \"r\\ud800\", \"title\": \"\\udc00t\", \"text\": \"التقى روبيو ولافروف في جاكرتا.\"}\n");
    Path out = dir.resolve("out");
    CliRunner.Run run = CliRunner.run("check", in.toString(), "--out", out.toString(), "-q");
    assertThat(run.code()).as(run.err()).isIn(0, 1);
    assertThat(run.err())
        .contains("page.html: 1 broken character (an unpaired UTF-16 surrogate or a NUL) in the text")
        .contains("page.html: 1 broken character (an unpaired UTF-16 surrogate or a NUL) in the title")
        .contains("batch.jsonl:1: 1 broken character (an unpaired UTF-16 surrogate or a NUL) in the id")
        .contains("batch.jsonl:1: 1 broken character (an unpaired UTF-16 surrogate or a NUL) in the title");
    String json = Files.readString(out.resolve("report.json"), StandardCharsets.UTF_8);
    assertThat(json).contains("\"id\" : \"r\uFFFD\"").contains("\"title\" : \"\uFFFDt\"");
    assertThat(Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8)).contains("</html>");
  }

  // issue 9, point 2: whatever a string holds, the report writers do not fail
  @Test
  void reportStreamsCannotFailOnAnyString() throws IOException {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.io.Writer w = new SafeTextWriter(
        new java.io.OutputStreamWriter(bytes, StandardCharsets.UTF_8.newEncoder()), true)) {
      w.write("a\uD800b" + EMOJI.charAt(0));
      w.write(EMOJI.charAt(1) + "\u0007\uDC00" + "\uFFFF\n\t" + "\uD83D");
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo("a\uFFFDb" + EMOJI + "\uFFFD\uFFFD\uFFFD\n\t\uFFFD");
  }

  // issue 9, point 11: bidi controls in file names and outlets reordered the report around them
  @Test
  void bidiControlsInNamesAndOutletsAreIsolated() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("invoice\u202Etxt.exe.txt"),
        "source: \u202Bوكالة\n\nالتقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.");
    Path out = dir.resolve("out");
    assertThat(CliRunner.run("check", in.toString(), "--out", out.toString(), "-q").code()).isIn(0, 1);
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    assertThat(html).contains("\u2068invoice\u202Etxt.exe\u202C\u2069")
        .contains("\u2068\u202Bوكالة\u202C\u2069");
    // nowhere does an override or embedding stay open past its value
    org.jsoup.Jsoup.parse(html).body().select("*").forEach(e -> e.textNodes()
        .forEach(t -> assertThat(balanced(t.getWholeText())).as(t.getWholeText()).isTrue()));
    assertThat(BidiIsolatingOutput.isolate("a\u202Cb\u2069\u2067c")).isEqualTo("\u2068ab\u2067c\u2069\u2069");
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      if (c >= '\u202A' && c <= '\u202E' && c != '\u202C' || c >= '\u2066' && c <= '\u2068') {
        depth++;
      } else if (c == '\u202C' || c == '\u2069') {
        depth--;
      }
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }
}
