package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;

/** Bad inputs get a message naming the file and the problem; the run goes on with the rest. */
class BadInputTest {
  @TempDir Path dir;

  @Test
  void everyInputIsAccountedForAndTheGoodOnesStillYieldClaims() throws IOException {
    Files.writeString(dir.resolve("a-empty.txt"), "");
    Files.write(dir.resolve("b-binary.txt"), new byte[] {'a', 0, 'b'});
    Files.write(dir.resolve("c-latin1.txt"), "caf\u00e9 d\u00e9j\u00e0".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("d-notes.pdf"), "%PDF-1.4");
    Files.writeString(dir.resolve("e-empty-page.html"), "<html><body><nav>menu</nav></body></html>");
    Files.writeString(dir.resolve("f-russian.txt"), "Встреча длилась пятьдесят минут в Женеве.");
    Files.copy(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt"), dir.resolve("g-good.txt"));
    Path missing = dir.resolve("no-such-file.txt");

    List<String> messages = new ArrayList<>();
    CheckResult r = new CheckPipeline(TestRules.load()).check(List.of(dir, missing), messages::add);

    assertThat(r.sources()).hasSize(8);
    assertThat(status("a-empty", r)).isEqualTo(Source.Status.EMPTY);
    assertThat(status("b-binary", r)).isEqualTo(Source.Status.BINARY);
    assertThat(status("c-latin1", r)).isEqualTo(Source.Status.NOT_UTF8);
    assertThat(status("d-notes", r)).isEqualTo(Source.Status.UNSUPPORTED);
    assertThat(status("e-empty-page", r)).isEqualTo(Source.Status.MALFORMED);
    assertThat(status("no-such-file", r)).isEqualTo(Source.Status.UNREADABLE);
    assertThat(messages).anyMatch(m -> m.contains("c-latin1.txt") && m.contains("not UTF-8 at byte 3"));
    assertThat(messages).anyMatch(m -> m.contains("b-binary.txt") && m.contains("NUL byte at offset 1"));
    assertThat(messages).anyMatch(m -> m.contains("a-empty.txt") && m.contains("empty"));
    assertThat(messages).anyMatch(m -> m.contains("d-notes.pdf") && m.contains("unknown format"));
    assertThat(messages).anyMatch(m -> m.contains("f-russian.txt") && m.contains("no rule pack"));
    assertThat(messages).anyMatch(m -> m.contains("no-such-file.txt"));
    assertThat(source("g-good", r).claims()).isNotEmpty();
    assertThat(r.problemCount()).isEqualTo(7);
  }

  @Test
  void aTextHeaderGivesMetadataAndOffsetsCountFromTheBody() throws IOException {
    Path f = dir.resolve("with-header.txt");
    Files.writeString(f, "url: https://example.org/a\nsource: Example News\npublished: 2025-07-10\n"
        + "title: لقاء روبيو ولافروف\n\nالتقى روبيو ولافروف أمس في كوالالمبور.");
    CheckResult r = new CheckPipeline(TestRules.load()).check(List.of(f), m -> {});
    Source s = r.sources().get(0).source();
    assertThat(s.outlet()).isEqualTo("Example News");
    assertThat(s.published()).hasToString("2025-07-10");
    assertThat(s.title()).isEqualTo("لقاء روبيو ولافروف");
    assertThat(s.text()).startsWith("التقى روبيو");
    assertThat(r.claims()).anySatisfy(c -> {
      assertThat(c.quote()).isEqualTo("أمس");
      assertThat(c.value().canonical()).isEqualTo("2025-07-09 -1d wednesday");
    });
  }

  @Test
  void anHtmlPageGivesItsArticleAndMetadata() throws IOException {
    Path f = dir.resolve("page.html");
    Files.writeString(f, """
        <html lang="ar"><head><title>ignored</title>
        <meta property="og:title" content="روبيو يلتقي لافروف">
        <meta property="og:site_name" content="وكالة المثال">
        <meta property="article:published_time" content="2025-07-10T09:00:00Z">
        <link rel="canonical" href="https://example.org/rubio-lavrov"></head>
        <body><nav>الرئيسية</nav><article><h1>روبيو يلتقي لافروف</h1>
        <p>عقد وزير الخارجية الروسي سيرغي لافروف لقاءً مع نظيره الأمريكي ماركو روبيو، حيث استمرت المباحثات نحو 50 دقيقة.</p>
        <p>اقرأ أيضًا</p><p>وزير الخارجية الأمريكي السابق ماركو روبيو في زيارة</p>
        </article><script>var x = "<b>";</script></body></html>
        """);
    CheckResult r = new CheckPipeline(TestRules.load()).check(List.of(f), m -> {});
    Source s = r.sources().get(0).source();
    assertThat(s.title()).isEqualTo("روبيو يلتقي لافروف");
    assertThat(s.outlet()).isEqualTo("وكالة المثال");
    assertThat(s.published()).hasToString("2025-07-10");
    assertThat(s.url()).isEqualTo("https://example.org/rubio-lavrov");
    assertThat(s.text()).doesNotContain("var x").doesNotContain("الرئيسية");
    assertThat(r.claims()).extracting(c -> c.quote())
        .contains("استمرت المباحثات نحو 50 دقيقة", "وزير الخارجية الروسي سيرغي لافروف")
        .noneMatch(q -> q.contains("السابق")); // the teaser after "اقرأ أيضًا" is furniture
  }

  private static Source.Status status(String prefix, CheckResult r) {
    return source(prefix, r).source().status();
  }

  private static ExtractedSource source(String prefix, CheckResult r) {
    return r.sources().stream().filter(s -> s.source().id().startsWith(prefix)).findFirst()
        .orElseThrow();
  }

  // issue 9, point 11: the same file passed twice (or a copy) corroborated itself
  @Test
  void theSameTextTwiceIsReadOnceAndCorroboratesNothing() throws IOException {
    Path a = dir.resolve("a.txt");
    Files.writeString(a, "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.");
    Path copy = Files.copy(a, dir.resolve("copy.txt"));
    CheckResult r = new CheckPipeline(TestRules.load()).check(List.of(a, a, copy), m -> {});
    assertThat(r.sources()).extracting(s -> s.source().status())
        .containsExactly(Source.Status.OK, Source.Status.DUPLICATE, Source.Status.DUPLICATE);
    assertThat(r.sources().get(2).source().problems().get(0)).contains("the same text as a (" + a + ")");
    assertThat(r.claims()).isNotEmpty().allMatch(c -> c.source().equals("a"));
    assertThat(r.with(org.tadqiq.compare.Finding.Verdict.AGREEMENT)).isEmpty();
  }
}
