package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;

/**
 * An event word only names an event where it is not part of a phrase that names none ("met with
 * tragedy") and not a town's name (the city سيول, Seoul, against السيول, floods).
 */
class EventWordsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private List<String> kindsOfCounts(String lang, String text) {
    Source s = new Source("s", "s.txt", null, null, null, lang, LocalDate.of(2025, 3, 2), text,
        Source.Status.OK, List.of());
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(Claim::frame).map(f -> f == null ? "none" : f.kind()).toList();
  }

  @Test
  void aPlaneThatMetWithTragedyHeldNoMeeting() {
    assertThat(kindsOfCounts("en",
        "A cargo plane carrying 12 people met with tragedy when it crashed near Kerman."))
        .containsExactly("crash");
    assertThat(kindsOfCounts("en", "The two ministers met with 12 envoys in Kerman."))
        .isNotEmpty().containsOnly("meeting");
  }

  @Test
  void theCitySeoulIsNoFloodButTheFloodsAreOne() {
    assertThat(kindsOfCounts("ar",
        "ووقع الحادث في المطار الذي يقع على بعد 288 كيلومترا جنوب غرب العاصمة سيول."))
        .containsExactly("crash");
    assertThat(kindsOfCounts("ar", "وارتفعت حصيلة ضحايا السيول إلى 30 قتيلا."))
        .containsExactly("flood");
  }

  @Test
  void aShootingIncidentIsAnAttackButACeasefireIsNone() {
    assertThat(kindsOfCounts("ar", "قتل 7 أشخاص في حادث إطلاق نار داخل مركز تجاري."))
        .containsExactly("attack");
    assertThat(kindsOfCounts("ar", "ونص اتفاق وقف إطلاق النار على الإفراج عن 30 أسيرا."))
        .doesNotContain("attack");
  }

  @Test
  void contactLostWithTravellersIsNoCall() {
    assertThat(kindsOfCounts("ar", "وقال الوزير إن فرق الإنقاذ فقدت الاتصال بعشرين متسلقا قرب القمة."))
        .doesNotContain("call");
    assertThat(kindsOfCounts("ar", "وجرى اتصال هاتفي بين الرئيسين استمر 40 دقيقة."))
        .containsExactly("call");
  }

  private List<List<String>> whereOfCounts(String lang, String text) {
    Source s = new Source("s", "s.txt", null, null, null, lang, LocalDate.of(2025, 3, 2), text,
        Source.Status.OK, List.of());
    return pipeline.extract(s).claims().stream().filter(c -> c.kind() == ClaimKind.QUANTITY)
        .map(c -> c.frame().participants()).toList();
  }

  @Test
  void whereAFlightCameFromAndItsPassengersNationalityAreNotWhereItCrashed() {
    assertThat(whereOfCounts("ar", "تحطمت طائرة ركاب أثناء هبوطها في كوريا الجنوبية صباح الأحد."
        + " وأقلعت الطائرة من بانكوك. وكان بعض الركاب من تايلاند. وبعد الكارثة نجا شخصان."))
        .containsExactly(List.of("Q884"));
    assertThat(whereOfCounts("en", "A passenger jet crashed while landing in South Korea on"
        + " Sunday. The plane had taken off from Bangkok. Some passengers were from Thailand."
        + " After the crash only two survivors were found."))
        .containsExactly(List.of("Q884"));
  }

  @Test
  void anExchangeOfFireIsNoTalks() {
    assertThat(kindsOfCounts("ar", "وقتل 4 جنود في تبادل إطلاق النار على الحدود."))
        .doesNotContain("meeting");
  }

  @Test
  void aBlastIsAnEventOfItsOwnButAnExplosionOfAngerIsNone() {
    assertThat(kindsOfCounts("en", "A huge blast at the port killed at least 14 people on Saturday."))
        .containsExactly("explosion");
    assertThat(kindsOfCounts("ar", "وأسفر الانفجار في الميناء عن مقتل 14 شخصا على الأقل."))
        .containsExactly("explosion");
    assertThat(kindsOfCounts("en", "An explosion of anger followed, and 300 people marched."))
        .doesNotContain("explosion");
  }

  @Test
  void whereABlastWasFeltIsNoDistanceOfIt() {
    Source s = new Source("s", "s.txt", null, null, null, "en", LocalDate.of(2025, 4, 27),
        "The blast at the port was felt up to 50km away. The port lies some 1,000 kilometres"
            + " south of the capital city of Tehran.", Source.Status.OK, List.of());
    assertThat(pipeline.extract(s).claims()).filteredOn(c -> c.kind() == ClaimKind.QUANTITY)
        .extracting(Claim::attribute).containsExactly("distance@gn:112931");
  }
}
