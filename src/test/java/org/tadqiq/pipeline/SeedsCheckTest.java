package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tadqiq.TestRules;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimValue;

/** The end-to-end check on the five seed articles. */
class SeedsCheckTest {
  private static CheckResult result;

  @BeforeAll
  static void check() {
    result = new CheckPipeline(TestRules.load()).check(List.of(TestRules.SEEDS), p -> {});
  }

  @Test
  void allFiveSeedsAreReadAsArabic() {
    assertThat(result.sources()).hasSize(5);
    assertThat(result.sources()).allSatisfy(s -> {
      assertThat(s.source().readable()).isTrue();
      assertThat(s.source().language()).isEqualTo("ar");
      assertThat(s.source().problems()).isEmpty();
    });
  }

  @Test
  void exactlyOneConflictTrumpFormerVersusCurrent() {
    List<Finding> conflicts = result.with(Finding.Verdict.CONFLICT);
    assertThat(conflicts).hasSize(1);
    Finding f = conflicts.get(0);
    assertThat(f.policy()).isEqualTo(Policy.OFFICE_STATUS);
    assertThat(f.key()).isEqualTo("Q22686|head-of-state");
    assertThat(f.sides()).hasSize(2);
    var former = f.sides().stream().filter(s -> s.value().endsWith("former")).findFirst().orElseThrow();
    assertThat(former.sources()).containsExactly("003_c1e8606ce6beb2ec");
    Claim formerClaim = claim(former.claims().get(0));
    assertThat(formerClaim.quote()).isEqualTo("الرئيس الأميركي السابق دونالد ترمب");
    assertThat(formerClaim.rule()).isEqualTo("ar.office.title-person");
    var current = f.sides().stream().filter(s -> s.value().endsWith("current")).findFirst().orElseThrow();
    assertThat(current.sources()).contains("000_28ff8978b549dea5", "004_fc8eba30a11925df");
    assertThat(f.summary()).contains("Donald Trump", "former", "current");
  }

  @Test
  void noPossibleDiscrepancyOnTheSeedsEither() {
    assertThat(result.with(Finding.Verdict.POSSIBLE)).isEmpty();
  }

  @Test
  void everyQuoteIsTheOriginalTextAtItsOffsets() {
    for (ExtractedSource s : result.sources()) {
      for (Claim c : s.claims()) {
        assertThat(s.source().text().substring(c.span().start(), c.span().end()))
            .as(c.id()).isEqualTo(c.quote());
      }
    }
  }

  @ParameterizedTest(name = "{0}: {1} \"{2}\" = {3}")
  @CsvSource(delimiter = '|', textBlock = """
      001 | quantity | استمرت المباحثات نحو 50 دقيقة | [45, 55] minute
      002 | quantity | مدته 50 دقيقة | 50 minute
      001 | quantity | أكثر من 400 طائرة مسيرة | (400, ∞) drone
      001 | quantity | 18 صاروخًا | 18 missile
      001 | quantity | تصل إلى 500% | [0, 500] percent
      002 | quantity | تتجاوز 100 في المائة | (100, ∞) percent
      001 | quantity | تستغرق يومين | 2 day
      004 | quantity | استمرت نحو 3 ساعات | [162, 198] minute
      002 | quantity | ثماني دول | 8 country
      000 | office | وزير الخارجية الأمريكي، ماركو روبيو | marco-rubio foreign-minister@Q30 current
      000 | office | بنظيره الروسي سيرجي لافروف | sergey-lavrov foreign-minister@Q159 current
      000 | office | الرئيس الأمريكي دونالد ترامب | Q22686 head-of-state@Q30 current
      000 | office | نظيره الروسي فلاديمير بوتين | Q7747 head-of-state@Q159 current
      003 | office | الرئيس الأميركي السابق دونالد ترمب | Q22686 head-of-state@Q30 former
      003 | office | ونظيره الروسي فلاديمير بوتين | Q7747 head-of-state@Q159 current
      001 | office | نظيره الأمريكي ماركو روبيو | marco-rubio foreign-minister@Q30 current
      001 | office | بوزيري خارجية الصين وانغ يي والماليزي محمد حسن | wang-yi foreign-minister@Q148 current
      001 | office | بوزيري خارجية الصين وانغ يي والماليزي محمد حسن | mohamad-hasan foreign-minister@Q833 current
      001 | office | رئيس الوزراء الماليزي أنور إبراهيم | anwar-ibrahim head-of-government@Q833 current
      001 | office | رئيس الوزراء البريطاني كير ستارمر | keir-starmer head-of-government@Q145 current
      001 | office | والرئيس الفرنسي إيمانويل ماكرون | Q3052772 head-of-state@Q142 current
      001 | office | الرئيس الأوكراني فولوديمير زيلينسكي | Q3874799 head-of-state@Q212 current
      002 | office | نائب وزير الخارجية الروسي سيرجي رايابكوف | sergey-ryabkov deputy-foreign-minister@Q159 current
      002 | office | وزير الخارجية الصيني وانغ يي | wang-yi foreign-minister@Q148 current
      004 | office | نائب وزير الخارجية الروسي سيرغي ريابكوف | sergey-ryabkov deputy-foreign-minister@Q159 current
      004 | office | نائبة السكرتير الصحافي للبيت الأبيض، آنا كيلي | anna-kelly deputy-press-secretary@Q30 current
      004 | office | ونظيره الروسي سيرغي لافروف | sergey-lavrov foreign-minister@Q159 current
      000 | ordinal | اللقاء الثاني بين روبيو ولافروف منذ تولي | #2 meeting since taking-office
      003 | ordinal | ثاني لقاء بين ممثلي البلدين منذ بدء الحرب | #2 meeting since war-start
      002 | ordinal | الاجتماع الشخصي الأول | #1 meeting
      001 | sequence | قبل اللقاء مع روبيو، التقى | before meeting[marco-rubio]
      002 | sequence | اتبعت المحادثة اجتماعًا | after meeting
      000 | time | مساء اليوم الخميس | +0d thursday evening
      000 | time | يوم الأربعاء | wednesday
      001 | time | الليلة الماضية | -1d night
      004 | time | أمس الاثنين | -1d monday
      003 | time | 18 فبراير | --02-18
      000 | place | في العاصمة الماليزية كوالالمبور | Q1865
      003 | place | في مدينة إسطنبول | Q406
      004 | place | في مدينة أنكوراج | Q39450
      """)
  void findsTheClaimsTheIssueLists(String source, String kind, String quote, String value) {
    assertThat(result.claims())
        .filteredOn(c -> c.source().startsWith(source) && c.kind().id().equals(kind))
        .extracting(c -> c.quote() + " => " + c.value().canonical())
        .contains(quote + " => " + value);
  }

  @Test
  void theSecondMeetingsOfTwoSeriesStayApart() {
    List<Claim> seconds = result.claims().stream()
        .filter(c -> c.value() instanceof ClaimValue.Ordinal o && o.position() == 2)
        .toList();
    assertThat(seconds).extracting(c -> ((ClaimValue.Ordinal) c.value()).anchor())
        .contains("taking-office", "war-start");
    assertThat(result.findings()).noneMatch(f -> f.policy() == Policy.SERIES_POSITION
        && f.verdict() != Finding.Verdict.AGREEMENT);
  }

  @Test
  void formerOnlyWhereATitleSaysSo() {
    // "من السابق لأوانه", "اليوم السابق", "موقفه المتشدد السابق", "البورصات السابقة" are no office-holders
    assertThat(result.claims())
        .filteredOn(c -> c.value() instanceof ClaimValue.Office o && "former".equals(o.status()))
        .extracting(Claim::quote)
        .containsExactly("الرئيس الأميركي السابق دونالد ترمب");
  }

  @Test
  void furnitureIsLeftOutAndItsClaimsAreNotTheSources() {
    ExtractedSource s001 = source("001");
    // 001 carries a second article after "إقرأ أيضاً:"; its Rubio–Wang Yi claims are not 001's
    int cut = s001.source().text().indexOf("إقرأ أيضاً");
    assertThat(cut).isPositive();
    assertThat(s001.excluded()).anySatisfy(x -> assertThat(x.original().start()).isLessThanOrEqualTo(cut));
    assertThat(s001.claims()).allSatisfy(c -> assertThat(c.span().start()).isLessThan(cut));
    ExtractedSource s000 = source("000");
    int teaser = s000.source().text().indexOf("سلسلة زلازل");
    assertThat(s000.excluded()).anySatisfy(x -> assertThat(x.original().start()).isLessThan(teaser)
        .satisfies(v -> assertThat(x.original().end()).isGreaterThan(teaser)));
    assertThat(s000.excluded()).extracting(x -> x.marker()).contains("ar.furniture.read-also");
  }

  @Test
  void theMeetingLengthIsCorroboratedAcrossSources() {
    assertThat(result.with(Finding.Verdict.AGREEMENT))
        .anySatisfy(f -> {
          assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP);
          assertThat(f.sources()).contains("001_cb041ddd7639ad4e", "002_aaad3a3370a53648");
        });
  }

  private static Claim claim(String id) {
    return result.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static ExtractedSource source(String prefix) {
    return result.sources().stream().filter(s -> s.source().id().startsWith(prefix)).findFirst()
        .orElseThrow();
  }
}
