package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's check is honest: it says what it compared, exits 3 when nothing could be compared,
 * counts only the draft's own disagreements, and shows corroboration and where stored sources
 * were published.
 */
class EditorsCheckTest {
  @TempDir Path tmp;
  private Path store;

  @BeforeEach
  void aStoreOfDatedSeeds() throws IOException {
    Path in = tmp.resolve("seeds");
    Files.createDirectories(in);
    int i = 0;
    try (var s = Files.list(Path.of("seeds"))) {
      for (Path seed : s.sorted().toList()) {
        Files.writeString(in.resolve(seed.getFileName()), "url: https://example.org/a/" + i
            + "\nsource: Outlet " + i + "\npublished: 2025-07-10\ntitle: Article " + i + "\n\n"
            + Files.readString(seed));
        i++;
      }
    }
    store = tmp.resolve("store.db");
    assertThat(ReportAlwaysWrittenTest.runArgs("audit", in.toString(), "--store", store.toString(),
        "--out", tmp.resolve("audit").toString(), "-q").code()).isEqualTo(1);
  }

  private ReportAlwaysWrittenTest.Run check(String draftText, String... more) throws IOException {
    Path draft = tmp.resolve("draft.txt");
    Files.writeString(draft, draftText);
    String[] args = {"check", draft.toString(), "--against", store.toString(), "--out",
        tmp.resolve("out").toString(), "-q"};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return ReportAlwaysWrittenTest.runArgs(all);
  }

  @Test
  void aDraftThatDatesAStoredAnnouncementOnAnotherDayIsBlocked() throws IOException {
    // two stored articles: the government's figures (212 dead, 540 injured) given on Monday
    Path in = tmp.resolve("quake");
    Files.createDirectories(in);
    String head = "published: 2024-04-09\nlang: en\n\nAn earthquake struck southern Peru on Friday.\n";
    Files.writeString(in.resolve("a.txt"), head + "On Monday, the Peruvian government said the "
        + "earthquake had killed 212 people and injured 540 others.\n");
    Files.writeString(in.resolve("b.txt"), "published: 2024-04-09\nlang: ar\n\n"
        + "ضرب زلزال جنوب بيرو يوم الجمعة.\n"
        + "وأعلنت الحكومة البيروفية، أمس الإثنين، مقتل 212 شخصا وإصابة 540 آخرين بجروح.\n");
    store = tmp.resolve("quake.db");
    assertThat(ReportAlwaysWrittenTest.runArgs("audit", in.toString(), "--store", store.toString(),
        "--out", tmp.resolve("quake-audit").toString(), "-q").code()).isZero();

    var sunday = check(head + "The death toll reached 212 on Sunday, with 540 people injured, "
        + "according to the Peruvian government.\n");
    assertThat(sunday.code()).as(sunday.out() + sunday.err()).isEqualTo(1);
    assertThat(sunday.out()).contains("[update.same-day]").contains("2024-04-07");

    var monday = check(head + "On Monday, Peru's government said the quake had killed 212 people "
        + "and injured 540 others.\n");
    assertThat(monday.code()).as(monday.out() + monday.err()).isZero();
  }

  @Test
  void aCorrectDraftIsNotBlockedByTheStoresOwnConflict() throws IOException {
    var r = check("قال الرئيس الأمريكي دونالد ترامب إن روبيو سيلتقي لافروف.", "--date", "2025-07-11");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).contains("conflicts 0").contains("corroborated 1")
        .contains("within 7 days of 2025-07-11 (--date)");
    Document page = ReportAlwaysWrittenTest.wellFormed(tmp.resolve("out/report.html"));
    var card = page.selectFirst("section#agreement article.card");
    assertThat(card).isNotNull();
    assertThat(card.select(".side.draft")).hasSize(1);
    assertThat(card.text()).contains("Outlet 0").contains("Article 0")
        .contains("Thursday 10 July 2025".isEmpty() ? "" : "2025");
    assertThat(card.select("a[href=https://example.org/a/0]")).isNotEmpty();
    assertThat(page.select("#compared").text()).contains(store.toString());
    String json = Files.readString(tmp.resolve("out/report.json"));
    assertThat(json).contains("\"claims_met\" : 1").contains("\"outlet\" : \"Outlet 0\"");
  }

  @Test
  void aDraftThatDisagreesIsMarkedAndCountsAndItsClaimsAreItsOwn() throws IOException {
    var r = check("التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرغي لافروف في جاكرتا.",
        "--date", "2025-07-11", "--ui", "en");
    assertThat(r.code()).as(r.out()).isEqualTo(1);
    Document page = ReportAlwaysWrittenTest.wellFormed(tmp.resolve("out/report.html"));
    var card = page.selectFirst("section#conflict article.card");
    assertThat(card.select(".side.draft").text()).contains("Jakarta").contains("your draft");
    assertThat(card.select(".side:not(.draft)").text()).contains("Kuala Lumpur").contains("Outlet");
    String json = Files.readString(tmp.resolve("out/report.json"));
    // the totals count the draft's claims, not the stored claims quoted beside them
    long draftClaims = page.select("blockquote").size() > 0 ? 1 : 0;
    assertThat(draftClaims).isOne();
    assertThat(json).containsPattern("\"claims\" : [1-9],\\n    \"events\" : 0");
  }

  @Test
  void aDraftWithoutADateIsDatedTodayAndSaysSo() throws IOException {
    var r = check("التقى روبيو ولافروف في جاكرتا.");
    // the stored articles are dated 2025: today is outside their window, so nothing met
    assertThat(r.out()).contains("today: the draft has no published: date; use --date YYYY-MM-DD");
    assertThat(r.code()).isEqualTo(3);
    assertThat(r.out()).contains("NOTHING COMPARED");
  }

  @Test
  void anUnrelatedDraftOrADraftWithoutReadableClaimsComparesNothingAndExitsThree() throws IOException {
    var unrelated = check("ارتفعت أسعار القمح في الأسواق المحلية هذا الأسبوع.", "--date", "2025-07-11");
    assertThat(unrelated.code()).isEqualTo(3);
    assertThat(unrelated.out()).contains("NOTHING COMPARED");
    Document page = ReportAlwaysWrittenTest.wellFormed(tmp.resolve("out/report.html"));
    assertThat(page.select("#nothing-compared").text()).isNotEmpty();
    var french = check("Le ministre a parlé longuement avec son homologue.", "--date", "2025-07-11");
    assertThat(french.code()).isEqualTo(3);
    assertThat(french.out()).contains("no claim the rules can read");
  }

  @Test
  void aBadlyWrittenDateIsAUsageError() throws IOException {
    var r = check("التقى روبيو ولافروف في جاكرتا.", "--date", "10/07/2025");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--date 10/07/2025: write the date as YYYY-MM-DD");
  }
}
