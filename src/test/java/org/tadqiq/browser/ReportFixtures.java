package org.tadqiq.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tadqiq.TestRules;
import picocli.CommandLine;

/**
 * Reports made the way a user makes them (through the command line), for the browser tests and
 * the README's screenshots: the seeds beside hostile inputs, a store with many conflicts, and a
 * draft checked against a store of dated seeds.
 */
final class ReportFixtures {
  /** People the Arabic pack knows, to make many distinct meetings. */
  static final String[] PEOPLE = {"روبيو", "لافروف", "بوتين", "ماكرون", "زيلينسكي", "ستارمر",
      "بايدن", "ويتكوف", "نتنياهو", "بيسكوف", "أوشاكوف", "ريابكوف", "ميرتس"};

  private ReportFixtures() {}

  /** The command's exit code, stdout and stderr. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = org.tadqiq.cli.Main.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  /** The seeds beside inputs that try to run script in the page. */
  static Path hostileCheck(Path work) throws IOException {
    Path in = work.resolve("hostile-in");
    Files.createDirectories(in);
    for (String seed : List.of("000_28ff8978b549dea5.txt", "001_cb041ddd7639ad4e.txt",
        "002_aaad3a3370a53648.txt", "003_c1e8606ce6beb2ec.txt", "004_fc8eba30a11925df.txt")) {
      Files.copy(TestRules.SEEDS.resolve(seed), in.resolve(seed));
    }
    Files.writeString(in.resolve("evil.html"), """
        <html><head><meta property="og:title" content="<img src=x onerror='window.__pwned=1'>">
        <meta property="og:site_name" content="<script>window.__pwned=2</script>">
        <link rel="canonical" href="javascript:window.__pwned=3"></head>
        <body><article><p>التقى روبيو ولافروف <script>window.__pwned=4</script> في جاكرتا
        <img src=x onerror="window.__pwned=5"> مساء الخميس.</p></article></body></html>
        """);
    Files.writeString(in.resolve("evil-text.txt"), "url: javascript:window.__pwned=6\n"
        + "source: <b onmouseover=window.__pwned=7>Outlet</b>\ntitle: <svg onload=window.__pwned=8>\n\n"
        + "وقال وزير الخارجية الأمريكي ماركو روبيو <script>window.__pwned=9</script> إن اللقاء كان بناءً.");
    Path out = work.resolve("check");
    Run r = run("check", in.toString(), "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    return out.resolve("report.html");
  }

  /** A store with one conflict per pair of people (Kuala Lumpur vs Jakarta): more than a page. */
  static Path manyConflicts(Path work, int pairs) throws IOException {
    Path in = work.resolve("many-in");
    Files.createDirectories(in);
    int n = 0;
    for (int i = 0; i < PEOPLE.length && n < pairs; i++) {
      for (int j = i + 1; j < PEOPLE.length && n < pairs; j++, n++) {
        Files.writeString(in.resolve(n + "-a.txt"),
            "source: وكالة الأولى\ntitle: لقاء " + n + "\n\nالتقى " + PEOPLE[i] + " و" + PEOPLE[j] + " في كوالالمبور.");
        Files.writeString(in.resolve(n + "-b.txt"),
            "source: صحيفة الثانية\ntitle: لقاء " + n + "\n\nالتقى " + PEOPLE[i] + " و" + PEOPLE[j] + " في جاكرتا.");
      }
    }
    Path out = work.resolve("audit");
    Run r = run("audit", in.toString(), "--store", work.resolve("many.db").toString(), "--out",
        out.toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    return out.resolve("report.html");
  }

  /** The seeds, dated and with outlets, in a store; a draft that puts the meeting in Jakarta. */
  static Path draftCheck(Path work) throws IOException {
    Path store = datedSeedStore(work);
    Path draft = work.resolve("draft.txt");
    Files.writeString(draft, "title: مسودة: لقاء روبيو ولافروف\n\n"
        + "التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرغي لافروف في جاكرتا مساء الخميس،"
        + " واستمر اللقاء نحو 50 دقيقة.\nوكان الرئيس الأمريكي دونالد ترامب قد دعا إلى الحوار.");
    Path out = work.resolve("draft");
    Run r = run("check", draft.toString(), "--against", store.toString(), "--date", "2025-07-11",
        "--out", out.toString(), "-q");
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(1);
    return out.resolve("report.html");
  }

  /** The five seeds with url, outlet, title and date headers, audited into a store. */
  static Path datedSeedStore(Path work) throws IOException {
    Path in = work.resolve("dated-seeds");
    Files.createDirectories(in);
    String[] outlets = {"وكالة الأنباء أ", "صحيفة ب", "قناة ج", "موقع د", "إذاعة هـ"};
    List<Path> seeds = new ArrayList<>();
    try (var s = Files.list(TestRules.SEEDS)) {
      s.sorted().forEach(seeds::add);
    }
    for (int i = 0; i < seeds.size(); i++) {
      String text = Files.readString(seeds.get(i));
      String first = text.strip().lines().findFirst().orElse("");
      Files.writeString(in.resolve(seeds.get(i).getFileName()), "url: https://example.org/news/" + i
          + "\nsource: " + outlets[i] + "\npublished: 2025-07-10\ntitle: "
          + (first.length() > 60 ? first.substring(0, 60) : first) + "\n\n" + text);
    }
    Path store = work.resolve("dated.db");
    Run r = run("audit", in.toString(), "--store", store.toString(), "--out",
        work.resolve("dated-audit").toString(), "-q");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    return store;
  }
}
