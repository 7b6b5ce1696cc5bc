package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, points 3 and 9: a failure ends with one line and an exit code that says what kind it
 * is — 2 for what the user can fix, 4 for out of memory or a bug — never 0 or 1 (which mean "no
 * conflict" and "conflicts") and never a stack trace.
 */
class ExitCodeTest {
  @TempDir Path tmp;

  @Test
  void anOutputFolderThatIsAFileIsOneLineAndExitTwo() throws IOException {
    Path file = Files.writeString(tmp.resolve("taken"), "x");
    CliRunner.Run run = CliRunner.run("check", "seeds", "--out", file.toString(), "-q");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains(file.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    // and should it become a file after the check (a race): still one line, exit 2
    StringWriter err = new StringWriter();
    assertThat(Failures.report(new java.nio.file.FileAlreadyExistsException(file.toString()),
        new PrintWriter(err))).isEqualTo(2);
    assertThat(err.toString().strip())
        .isEqualTo("tadqiq: " + file + " is a file, not a folder (--out must name a folder)");
  }

  @Test
  void aBadLimitIsAUsageError() {
    CliRunner.Run run = CliRunner.run("check", "seeds", "--limit", "article-chars=lots", "-q",
        "--out", tmp.toString());
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--limit: limit article-chars=lots is not a positive size");
    assertThat(CliRunner.run("check", "seeds", "--limit", "no-such=1", "--out", tmp.toString()).err())
        .contains("unknown limit 'no-such'");
  }

  @Test
  void internalErrorsAreExitFourInOneLine() {
    StringWriter err = new StringWriter();
    int code = Failures.report(new IllegalStateException("boom"), new PrintWriter(err));
    assertThat(code).isEqualTo(4);
    assertThat(err.toString()).startsWith("tadqiq: internal error: IllegalStateException: boom")
        .doesNotContain("\tat ");
    assertThat(Failures.report(new RuntimeException(new OutOfMemoryError("Java heap space")),
        new PrintWriter(new StringWriter()))).isEqualTo(4);
    // a rule file broken where a command loads one on its own (bench): exit 2, as for --rules
    assertThat(Failures.report(new org.tadqiq.rules.RuleFileException(tmp.resolve("x.yaml"), 3, "r", "bad"),
        new PrintWriter(new StringWriter()))).isEqualTo(2);
  }

  // issue 9, point 3: out of memory used to exit with status 1, "conflicts found"
  @Test
  void runningOutOfMemoryExitsWithFour() throws Exception {
    Path big = tmp.resolve("big.txt");
    Files.writeString(big, "التقى روبيو ولافروف مساء الخميس في كوالالمبور.\n".repeat(200_000),
        StandardCharsets.UTF_8);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx40m", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "check", big.toString(), "--limit", "article-chars=20M", "--limit", "file-bytes=64M",
        "-q", "--out", tmp.resolve("out").toString())
        .redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isEqualTo(4);
    assertThat(output).contains("tadqiq: out of memory").doesNotContain("\tat ");
    assertThat(List.of(output.split("\n"))).hasSizeLessThan(3);
  }
}
