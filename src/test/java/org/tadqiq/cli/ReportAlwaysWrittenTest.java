package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every input a new user may hand over — readable or not — ends up in a well-formed report with
 * its status, the summary is printed and the exit code means what the README says: alone (2 when
 * nothing could be read) and beside the seeds (1: the seeds' conflict is still found).
 */
class ReportAlwaysWrittenTest {
  @TempDir Path tmp;

  /** One troublesome input: its file name, how to make it, and the status the report gives it. */
  record Bad(String name, String status, boolean readable, Maker maker) {
    @Override
    public String toString() {
      return name;
    }
  }

  interface Maker {
    void make(Path file) throws IOException;
  }

  static Stream<Arguments> badInputs() {
    return Stream.of(
        new Bad("empty.txt", "empty", false, f -> Files.writeString(f, "")),
        new Bad("binary.txt", "binary", false, f -> Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 7})),
        new Bad("latin1.txt", "not-utf8", false,
            f -> Files.write(f, "d\u00e9j\u00e0 vu".getBytes(StandardCharsets.ISO_8859_1))),
        new Bad("notes.md", "unsupported", false, f -> Files.writeString(f, "# Notes\nالتقى روبيو ولافروف")),
        new Bad("mistyped-path.txt", "unreadable", false, f -> { /* never made */ }),
        new Bad("one-bad-line.jsonl", "malformed", false, f -> Files.writeString(f, "{\"id\": \"a\", \"text\": \n")),
        new Bad("english.txt", "ok", true,
            f -> Files.writeString(f, "Rubio and Lavrov met for about fifty minutes on Thursday in Kuala Lumpur.")))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0} alone")
  @MethodSource("badInputs")
  void aloneTheInputIsReportedAndTheReportIsWritten(Bad bad) throws IOException {
    Path file = tmp.resolve(bad.name());
    bad.maker().make(file);
    Run r = run(file, tmp.resolve("out"));
    assertThat(r.code()).as(r.err()).isEqualTo(bad.readable() ? 0 : 2);
    assertThat(r.out()).contains("sources").contains("report");
    assertThat(r.err()).doesNotContain("Exception");
    if (!bad.readable()) {
      assertThat(r.err()).contains(bad.name());
    }
    Document page = wellFormed(tmp.resolve("out/report.html"));
    assertThat(page.select("table.inputs tbody tr").text()).contains(idOf(bad.name()));
    assertThat(json(tmp.resolve("out"))).contains("\"status\" : \"" + bad.status() + "\"");
  }

  @ParameterizedTest(name = "{0} beside the seeds")
  @MethodSource("badInputs")
  void besideTheSeedsTheConflictIsStillFound(Bad bad) throws IOException {
    Path file = tmp.resolve(bad.name());
    bad.maker().make(file);
    Run r = run(List.of(Path.of("seeds"), file), tmp.resolve("out"));
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).contains("sources   " + (bad.readable() ? 6 : 5) + " read of 6").contains("conflicts 1");
    Document page = wellFormed(tmp.resolve("out/report.html"));
    assertThat(page.select("section#conflict article.card")).hasSize(1);
    assertThat(page.select("table.inputs tbody tr").text()).contains(idOf(bad.name()));
  }

  @Test
  void aStoreHoldingUnreadableArticlesStillGivesItsReportRunAfterRun() throws IOException {
    Path in = tmp.resolve("in");
    Files.createDirectories(in);
    Files.writeString(in.resolve("english.txt"), "Rubio met Lavrov in Kuala Lumpur.");
    Files.writeString(in.resolve("empty.txt"), "");
    Files.writeString(in.resolve("notes.md"), "# notes");
    Path db = tmp.resolve("store.db");
    for (int run = 0; run < 2; run++) {
      Run r = runArgs("audit", in.toString(), "seeds", "--store", db.toString(), "--out",
          tmp.resolve("audit" + run).toString(), "-q");
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      Document page = wellFormed(tmp.resolve("audit" + run + "/report.html"));
      assertThat(page.select("table.inputs tbody tr")).hasSize(8);
      assertThat(json(tmp.resolve("audit" + run))).contains("\"id\" : \"english\"")
          .contains("\"status\" : \"unsupported\"");
    }
  }

  static Document wellFormed(Path html) throws IOException {
    assertThat(html).exists();
    String text = Files.readString(html);
    assertThat(text).startsWith("<!doctype html>").contains("</html>");
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document doc = Jsoup.parse(text, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    return doc;
  }

  private static String json(Path dir) throws IOException {
    return Files.readString(dir.resolve("report.json"));
  }

  private static String idOf(String name) {
    return name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
  }

  record Run(int code, String out, String err) {}

  private Run run(Path input, Path out) {
    return run(List.of(input), out);
  }

  private Run run(List<Path> inputs, Path out) {
    List<String> args = new java.util.ArrayList<>(List.of("check"));
    inputs.forEach(p -> args.add(p.toString()));
    args.addAll(List.of("--out", out.toString(), "-q"));
    return runArgs(args.toArray(String[]::new));
  }

  static Run runArgs(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
