package org.tadqiq.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;

/** The HTML report escapes every value, needs no network and shows Arabic right-to-left. */
class HtmlReportTest {
  @TempDir Path dir;

  @Test
  void valuesAreEscapedAndTheTextIsRightToLeft() throws IOException {
    Files.copy(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt"), dir.resolve("003.txt"));
    Files.writeString(dir.resolve("evil<script>.txt"),
        "التقى روبيو ولافروف <script>alert(1)</script> مساء اليوم الخميس في كوالالمبور.");
    CheckPipeline pipeline = new CheckPipeline(TestRules.load());
    CheckResult r = pipeline.check(List.of(dir), m -> {});
    StringWriter out = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(r, out);
    String html = out.toString();
    assertThat(html).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(html).contains("dir=\"rtl\"").contains("lang=\"ar\"");
    assertThat(html).doesNotContain("src=").doesNotContain("href=\"http")
        .doesNotContain("@import url");
    assertThat(html).contains("الرئيس الأميركي السابق دونالد ترمب");
  }

  @Test
  void aDisputeIsCountedAndNamedInTheReadersLanguage() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "published: 2024-08-20\nlang: ar\n\n"
        + "ارتفعت حصيلة ضحايا الفيضانات في مدينة كسلا شرق السودان إلى 1240 قتيل، بحسب الهلال الأحمر السوداني.");
    Files.writeString(dir.resolve("b.txt"), "published: 2024-08-20\nlang: en\n\n"
        + "Sudan's government said 610 people were killed in the Kassala floods.");
    CheckPipeline pipeline = new CheckPipeline(TestRules.load());
    CheckResult r = pipeline.check(List.of(dir), m -> {});
    StringWriter out = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(ReportInput.check(r, "ar"), out);
    String html = out.toString();
    // a tile counts the dispute; the headline names the event and the country in Arabic
    assertThat(html).contains("متنازع عليها").contains("الفيضانات في السودان")
        .doesNotContain("flood في").doesNotContain("بين Sudan");
  }

  @Test
  void theDeniersSideOfADisputeSaysItIsADenialInTheReadersLanguage() throws IOException {
    String raid = "The Sudanese army attacked the town of Kadugli on Monday. ";
    Files.writeString(dir.resolve("a.txt"), "published: 2024-03-04\nlang: en\n\n" + raid
        + "The Rapid Support Forces said 40 soldiers were killed in the attack.");
    Files.writeString(dir.resolve("b.txt"), "published: 2024-03-04\nlang: en\n\n" + raid
        + "The defence ministry denied that 40 soldiers were killed in the attack.");
    CheckPipeline pipeline = new CheckPipeline(TestRules.load());
    CheckResult r = pipeline.check(List.of(dir), m -> {});
    StringWriter en = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(ReportInput.check(r, "en"), en);
    assertThat(en.toString()).contains("class=\"value\">denied: 40");
    StringWriter ar = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(ReportInput.check(r, "ar"), ar);
    assertThat(ar.toString()).contains("class=\"value\">نفي: 40");
  }

  @Test
  void aSingleSourceClaimIsMarkedAndCopiesOfOneDispatchNameEachOther() throws IOException {
    String dispatch = "Donald Trump and Vladimir Putin met in Anchorage on"
        + " Friday for talks on the war in Ukraine that officials on both sides described as"
        + " long and difficult. The meeting lasted about three hours, according to aides who"
        + " briefed reporters afterwards at the air base. No agreement was announced, and both"
        + " leaders left without taking questions from the press waiting outside the hall.";
    String header = "published: 2025-08-16\nlang: en\n\n";
    Files.writeString(dir.resolve("wire.txt"), header + dispatch);
    Files.writeString(dir.resolve("copy.txt"), header + dispatch.replace("press waiting", "reporters waiting"));
    CheckPipeline pipeline = new CheckPipeline(TestRules.load());
    CheckResult r = pipeline.check(List.of(dir), m -> {});
    StringWriter out = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(ReportInput.check(r, "en"), out);
    String html = out.toString();
    // the wire and its copy are one source: "about three hours" rests on it alone
    assertThat(html).contains("<mark class=\"claim quantity single\" title=\"wire:3 · quantity · about 180 minutes"
        + " · en.quantity.duration · single source: no other independent source makes this claim\">"
        + "lasted about three hours</mark>");
    assertThat(html).contains("copies the same dispatch as: <a href=\"#input-copy\">copy</a>")
        .contains("copies the same dispatch as: <a href=\"#input-wire\">wire</a>");

    Files.writeString(dir.resolve("other.txt"), header + "Putin and Trump held talks in Anchorage"
        + " on Friday. The two presidents talked for three hours and then flew home.");
    r = pipeline.check(List.of(dir), m -> {});
    out = new StringWriter();
    new HtmlReport(pipeline.explainer()).write(ReportInput.check(r, "en"), out);
    assertThat(out.toString()).as("another outlet makes it too")
        .containsPattern("<mark class=\"claim quantity backed\" title=\"wire:3 [^\"]*"
            + "made by 2 independent sources\">lasted about three hours</mark>");
  }
}
