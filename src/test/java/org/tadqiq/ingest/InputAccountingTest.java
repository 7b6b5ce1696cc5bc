package org.tadqiq.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 10: every path given or found is accounted for — hidden files, symbolic links
 * (broken, cyclic, leading out), pipes, empty archives — none silently missing, none read that
 * should not be, and a named pipe never blocks the run.
 */
class InputAccountingTest {
  @TempDir Path tmp;

  private static final String TEXT = "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.";

  private static List<Source> read(Path... paths) {
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(paths), out::add);
    return out;
  }

  private static Source byPath(List<Source> sources, Path p) {
    return sources.stream().filter(s -> s.path().equals(p.toString())).findFirst()
        .orElseThrow(() -> new AssertionError(p + " is not accounted for in " + sources));
  }

  @Test
  void hiddenFilesAndFoldersAreListedAsSkipped() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(in.resolve("a.txt"), TEXT);
    Files.writeString(in.resolve(".draft.txt"), TEXT + " مسودة");
    Files.createDirectories(in.resolve(".git/objects"));
    Files.writeString(in.resolve(".git/objects/x.txt"), TEXT);
    List<Source> out = read(in);
    assertThat(out).hasSize(3);
    assertThat(byPath(out, in.resolve(".draft.txt")).status()).isEqualTo(Source.Status.SKIPPED);
    assertThat(byPath(out, in.resolve(".draft.txt")).problems().get(0)).contains("a hidden file");
    assertThat(byPath(out, in.resolve(".git")).problems().get(0)).contains("a hidden folder");
    assertThat(byPath(out, in.resolve("a.txt")).readable()).isTrue();
  }

  @Test
  void symbolicLinksAreFollowedOnlyInsideTheGivenFolders() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path outside = Files.writeString(tmp.resolve("secret.txt"), "كلمة السر: 1234");
    Files.writeString(in.resolve("a.txt"), TEXT);
    Files.createDirectories(in.resolve("sub"));
    Files.createSymbolicLink(in.resolve("to-outside.txt"), outside);
    Files.createSymbolicLink(in.resolve("to-a.txt"), in.resolve("a.txt"));
    Files.createSymbolicLink(in.resolve("broken.txt"), in.resolve("gone.txt"));
    Files.createSymbolicLink(in.resolve("sub/up"), in);
    Files.createSymbolicLink(in.resolve("loop1.txt"), in.resolve("loop2.txt"));
    Files.createSymbolicLink(in.resolve("loop2.txt"), in.resolve("loop1.txt"));
    Files.createSymbolicLink(in.resolve("to-sub"), in.resolve("sub"));
    List<Source> out = read(in);
    assertThat(out).hasSize(8);
    assertThat(out).noneMatch(s -> s.text().contains("1234"));
    assertThat(byPath(out, in.resolve("to-outside.txt")).status()).isEqualTo(Source.Status.SKIPPED);
    assertThat(byPath(out, in.resolve("to-outside.txt")).problems().get(0))
        .contains("outside the given folders");
    assertThat(byPath(out, in.resolve("to-a.txt")).text()).isEqualTo(TEXT);
    assertThat(byPath(out, in.resolve("broken.txt")).status()).isEqualTo(Source.Status.UNREADABLE);
    assertThat(byPath(out, in.resolve("broken.txt")).problems().get(0)).contains("a broken symbolic link");
    assertThat(byPath(out, in.resolve("sub/up")).problems().get(0)).contains("a cycle");
    assertThat(byPath(out, in.resolve("loop1.txt")).status()).isEqualTo(Source.Status.UNREADABLE);
    assertThat(byPath(out, in.resolve("to-sub")).problems().get(0)).contains("read under its own path");
    // a link named on the command line is the user's choice: it is followed
    assertThat(read(in.resolve("to-outside.txt")).get(0).text()).contains("1234");
  }

  @Test
  void namedPipesAreReportedAndNeverOpened() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Path fifo = in.resolve("pipe.txt");
    Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is needed for this test");
    Files.writeString(in.resolve("a.txt"), TEXT);
    List<Source> inFolder = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(in));
    assertThat(byPath(inFolder, fifo).status()).isEqualTo(Source.Status.SKIPPED);
    assertThat(byPath(inFolder, fifo).problems().get(0)).contains("named pipe");
    List<Source> named = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(fifo));
    assertThat(named).singleElement().extracting(Source::status).isEqualTo(Source.Status.SKIPPED);
  }

  @Test
  void emptyArchivesAreReportedAsEmpty() throws IOException {
    Path in = Files.createDirectories(tmp.resolve("in"));
    Files.write(in.resolve("zero.jsonl"), new byte[0]);
    Files.write(in.resolve("zero.jsonl.gz"), new byte[0]);
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(in.resolve("nothing.jsonl.gz")))) {
      o.write("\n\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(in.resolve("zero.warc"), new byte[0]);
    Files.write(in.resolve("zero.warc.gz"), new byte[0]);
    List<Source> out = read(in);
    assertThat(out).hasSize(5).allSatisfy(s -> {
      assertThat(s.status()).isEqualTo(Source.Status.EMPTY);
      assertThat(s.problems().get(0)).doesNotContain("null");
    });
    assertThat(byPath(out, in.resolve("zero.jsonl")).problems().get(0)).contains("no records");
    assertThat(byPath(out, in.resolve("zero.jsonl.gz")).problems().get(0)).contains("empty file (0 bytes");
    assertThat(byPath(out, in.resolve("nothing.jsonl.gz")).problems().get(0)).contains("only blank lines");
    assertThat(byPath(out, in.resolve("zero.warc")).problems().get(0)).contains("no records");
  }
}
