package org.tadqiq.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tadqiq.TestRules;
import org.tadqiq.TestSources;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;

/**
 * Behaviour real news needs, on short texts written for the test: people no list holds, one fact
 * told in two languages, a text in a language without a pack.
 */
class RealNewsTest {
  private final CheckPipeline pipeline = new CheckPipeline(TestRules.load(), 1);

  private static Source source(String id, String lang, LocalDate date, String text) {
    return TestSources.source(id, lang, date, text);
  }

  private CheckResult check(Source... sources) {
    return TestSources.check(pipeline, sources);
  }

  @Test
  void aPersonATitleIntroducesIsAnEntityAndTheirSurnameLaterNamesThemAgain() {
    Source s = source("a", "en", LocalDate.of(2026, 3, 13),
        "Peruvian Foreign Minister Elmer Schialer arrived on Monday.\n"
            + "Schialer met Turkish Foreign Minister Hakan Fidan on Tuesday for about an hour.");
    List<Claim> claims = pipeline.extract(s).claims();
    assertThat(claims).anySatisfy(c -> assertThat(c.value()).isEqualTo(
        new ClaimValue.Office("~elmer-schialer", "foreign-minister", "Q419", "current")));
    assertThat(claims).filteredOn(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .singleElement().satisfies(c -> assertThat(c.frame().participants())
            .containsExactly("hakan-fidan", "~elmer-schialer"));
  }

  @Test
  void peopleWhoAttendAMeetingAreNotItsPartiesSoItsDurationMeetsTheOtherReports() {
    LocalDate day = LocalDate.of(2025, 8, 16);
    Source a = source("a", "en", day,
        "Donald Trump and Vladimir Putin met in Anchorage on Friday.\n"
            + "The talks, attended by Marco Rubio and Steve Witkoff, lasted about 45 minutes.");
    Source b = source("b", "ar", day,
        "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في أنكوريج يوم الجمعة.\n"
            + "واستمر اللقاء ساعتين بحضور ماركو روبيو.");
    List<Claim> claims = pipeline.extract(a).claims();
    assertThat(claims).filteredOn(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .singleElement().satisfies(c -> assertThat(c.frame().participants())
            .containsExactly("Q22686", "Q7747"));
    CheckResult r = check(a, b);
    assertThat(r.findings()).anySatisfy(f -> {
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT);
      assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP);
    });
  }

  @Test
  void aMeetingsLengthInAClauseItOpensIsTheLeadsMeetingNotOfThePeopleNamedAfterIt() {
    LocalDate day = LocalDate.of(2025, 2, 28);
    Source a = source("a", "en", day,
        "Donald Trump and Volodymyr Zelensky clashed in a meeting at the White House on Friday.\n"
            + "Reporters watched the whole exchange.\n"
            + "The meeting, which went on for about 45 minutes, turned tense when JD Vance"
            + " questioned Zelensky.");
    Source b = source("b", "en", day,
        "Donald Trump and Volodymyr Zelensky held a meeting at the White House on Friday.\n"
            + "Their meeting lasted two hours.");
    assertThat(pipeline.extract(a).claims())
        .filteredOn(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .singleElement().satisfies(c -> assertThat(c.frame().participants())
            .containsExactly("Q22686", "Q3874799"));
    assertThat(check(a, b).with(Finding.Verdict.CONFLICT)).anySatisfy(f ->
        assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP));
    // people named inside the clause stay the meeting's people
    Source c = source("c", "en", day,
        "Donald Trump and Volodymyr Zelensky clashed at the White House on Friday.\n"
            + "The meeting, which JD Vance and Marco Rubio held for about an hour, ended calmly.");
    assertThat(pipeline.extract(c).claims())
        .filteredOn(q -> q.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .singleElement().satisfies(q -> assertThat(q.frame().participants())
            .containsExactly("jd-vance", "marco-rubio"));
  }

  @Test
  void aShareOfTheVoteBelongsToThePartyTheSentenceOrTheOneBeforeNames() {
    LocalDate day = LocalDate.of(2025, 2, 24);
    Source a = source("a", "en", day, "Germany voted in a federal election on Sunday.\n"
        + "The Greens and the Left Party came next, with 11.2% and 9.1% of the vote, respectively.");
    Source b = source("b", "en", day, "Final results of the German federal election came in.\n"
        + "The Free Democratic Party and the Left Party fared differently.\n"
        + "They received 4.1% and 8.6% of the vote, respectively.");
    assertThat(attributes(a)).containsExactly("rate@de-greens", "rate@de-left");
    assertThat(attributes(b)).containsExactly("rate@de-fdp", "rate@de-left");
    assertThat(check(a, b).with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.key()).contains("rate@de-left"));
    // a region's share, another year's, a threshold, and a figure after another are no result
    Source c = source("c", "en", day, "In Germany the Left Party won 9.1% of the vote and turnout"
        + " reached 84%.\n"
        + "In Saxony the Left Party received 15% of the vote.\n"
        + "The Left Party won 12% of the vote in 2021.\n"
        + "The Free Democratic Party stayed below the 5% threshold.");
    assertThat(attributes(c)).containsExactly("rate@de-left", "mention", "mention", "mention",
        "threshold");
    // a short aside between the party and its share leaves the clause whole; a party named
    // inside the aside is not the holder
    Source g = source("g", "en", day, "In Germany the AfD, led by its co-chair, came second with"
        + " 20.8% of the vote.\nThe SPD, the AfD's main rival, won 16.4% of the vote.");
    assertThat(attributes(g)).containsExactly("rate@de-afd", "mention");
    // a state's vote, a vote of a country never named (another country's Greens), a poll
    Source d = source("d", "en", day, "Germany's Greens fared badly in the state election.\n"
        + "The Greens received 9.1% of the vote.");
    Source e = source("e", "en", day, "Voters went to the polls on Sunday.\n"
        + "The Greens received 9.1% of the vote.");
    assertThat(attributes(d)).containsExactly("mention");
    assertThat(attributes(e)).containsExactly("mention");
    Source f = source("f", "en", day, "Germany votes on Sunday.\n"
        + "Opinion polls show the Greens at 9.1% of the vote.");
    assertThat(pipeline.extract(f).claims()).filteredOn(q -> q.attribute().equals("rate@de-greens"))
        .singleElement().satisfies(q -> assertThat(q.modality().comparedAs())
            .isEqualTo(org.tadqiq.model.Modality.FORECAST));
  }

  @Test
  void anAllianceIsNamedByItsMainMemberUnlessTheArticleGivesItsMembersApart() {
    LocalDate day = LocalDate.of(2025, 2, 24);
    // the member that names the alliance speaks for it when the article gives no other member's
    // share; the alliance's full name holds no town ("Union", New Jersey)
    Source a = source("a", "en", day, "Germany counted the votes of its federal election overnight.\n"
        + "The CDU received 30.2% of the vote, the final count showed.");
    Source b = source("b", "en", day, "The Christian Democratic Union/Christian Social Union bloc won"
        + " the federal election in Germany with 30.4% of the vote.");
    assertThat(attributes(a)).containsExactly("rate@de-cdu-csu");
    assertThat(attributes(b)).containsExactly("rate@de-cdu-csu");
    assertThat(check(a, b).with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.key()).contains("rate@de-cdu-csu"));
    // both members given apart: each figure is its own party's, and the CDU alone never meets
    // the union's figure
    Source c = source("c", "en", day, "Germany counted the votes of its federal election.\n"
        + "The CDU received 24.1% of the vote and the CSU received 6.1% of the vote.");
    assertThat(attributes(c)).containsExactly("rate@de-cdu", "rate@de-csu");
    assertThat(check(b, c).with(Finding.Verdict.CONFLICT)).isEmpty();
    // another member named, even without a share of its own: the CDU's figure stays the CDU's
    Source e = source("e", "en", day, "Germany counted the votes of its federal election.\n"
        + "The CDU received 24.1% of the vote; its Bavarian sister party, the CSU, held its ground.");
    assertThat(attributes(e)).containsExactly("rate@de-cdu");
    // a pronoun after a sentence that names the members and the alliance speaks of the alliance
    Source d = source("d", "en", day, "In Germany the federal election was won by the bloc of the"
        + " Christian Democratic Union and the Christian Social Union (CDU/CSU).\n"
        + "It has 30.4%.");
    assertThat(attributes(d)).containsExactly("rate@de-cdu-csu");
  }

  @Test
  void aShareAfterADashThatOpensAClauseIsNoForecastAndAnUnclosedAsideKeepsItsParty() {
    LocalDate day = LocalDate.of(2025, 2, 24);
    Source a = source("a", "en", day, "Germany counted the votes of its federal election.\n"
        + "The Greens will sit in the next Bundestag - they won 10.2% of the vote.");
    assertThat(pipeline.extract(a).claims()).filteredOn(q -> q.attribute().equals("rate@de-greens"))
        .singleElement().satisfies(q -> assertThat(q.modality().comparedAs())
            .isEqualTo(org.tadqiq.model.Modality.REPORTED));
    // an aside between two dashes, or a bare figure after a dash, stays in the forecast
    Source b = source("b", "en", day, "Germany votes in a federal election on Sunday.\n"
        + "The Greens are expected - they say - to win 10.2% of the vote.\n"
        + "Exit polls gave the AfD 19.1% - the Greens 10.9%.");
    assertThat(pipeline.extract(b).claims())
        .filteredOn(q -> q.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .allSatisfy(q -> assertThat(q.modality().comparedAs())
            .isEqualTo(org.tadqiq.model.Modality.FORECAST));
    // "The Greens, led by X won 12%": the comma that would close the aside is missing
    Source c = source("c", "en", day, "Germany counted the votes of its federal election.\n"
        + "The Greens, led by the economy minister Anna Berger won 10.4%.");
    assertThat(attributes(c)).containsExactly("rate@de-greens");
    // a comma that opens no aside still ends the clause
    Source e = source("e", "en", day, "Germany counted the votes of its federal election.\n"
        + "The Greens lost ground, turnout was 83.1%.");
    assertThat(attributes(e)).containsExactly("mention");
  }

  private List<String> attributes(Source s) {
    return pipeline.extract(s).claims().stream()
        .filter(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY).map(Claim::attribute).toList();
  }

  @Test
  void whenTheLeadNamesTwoCountriesAsOftenTheArticleSaysWhichItIsAbout() {
    Source s = source("a", "en", LocalDate.of(2024, 12, 29),
        "A plane flying from Thailand crashed on landing in South Korea on Sunday.\n"
            + "Rescuers worked through the day.\n"
            + "Families gathered at the terminal.\n"
            + "Officials gave no reason yet.\n"
            + "South Korea declared a week of national mourning.\n"
            + "At least 120 people were killed in the crash.");
    assertThat(pipeline.extract(s).claims())
        .filteredOn(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY
            && c.attribute().equals("count:killed"))
        .singleElement().satisfies(c -> assertThat(c.frame().participants())
            .containsExactly("Q884"));
  }

  @Test
  void aFigureFarFromTheOnlyEventWordOfItsSentenceSpeaksOfTheArticlesEvent() {
    Source s = source("a", "en", LocalDate.of(2023, 9, 9),
        "A strong earthquake hit Morocco late on Friday.\n"
            + "The earthquake brought down old houses of mud brick in villages high in the mountains"
            + " south of the city, where roads were blocked by fallen rocks for much of the day and"
            + " rescuers had to walk in, and at least 51 people were seriously injured.");
    assertThat(pipeline.extract(s).claims())
        .filteredOn(c -> c.attribute().equals("count:person"))
        .singleElement().satisfies(c -> {
          assertThat(c.frame()).isNotNull();
          assertThat(c.frame().kind()).isEqualTo("earthquake");
          assertThat(c.frame().participants()).containsExactly("Q1028");
        });
  }

  @Test
  void anElectionWhoseArticleNamesNoCountryIsTheCountryOfThePartiesStandingInIt() {
    LocalDate day = LocalDate.of(2025, 2, 24);
    Source a = source("a", "en", day,
        "The CDU/CSU came first in the election, ahead of the AfD and the SPD.\n"
            + "The election gave the winners 208 seats in the new parliament.");
    Source b = source("b", "en", day,
        "The AfD came second in the election behind the CDU/CSU.\n"
            + "In the election, held on February 23, the winners took 208 seats.");
    assertThat(pipeline.extract(b).claims()).filteredOn(c -> c.kind() == ClaimKind.TIME)
        .singleElement().satisfies(c -> assertThat(c.frame().key()).isEqualTo("election[Q183]"));
    assertThat(check(a, b).findings()).anySatisfy(f -> {
      assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP);
      assertThat(f.verdict()).isEqualTo(Finding.Verdict.AGREEMENT);
    });
  }

  @Test
  void anElectionHappensOnceADaySoItsSharesConflictButAQuakeToldAsASecondOneMayBeAnother() {
    LocalDate monday = LocalDate.of(2025, 2, 24);
    CheckResult election = check(
        source("a", "en", monday, "Germany held a federal election on Sunday.\n"
            + "The CDU received 28.5% of the vote in the election."),
        source("b", "en", monday, "Germany voted in a federal election on Sunday.\n"
            + "The CDU received 31% of the vote in the election."));
    assertThat(election.with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP));
    // one magnitude each for a quake of Turkey on Sunday is one quake's (impersonal_measures): a
    // lone 7.5 against the 7.8 of two articles is an outlet's error ...
    CheckResult oneQuake = check(
        source("a", "en", monday, "An earthquake of magnitude 7.8 struck Turkey on Sunday."),
        source("c", "ar", monday, "ضرب زلزال بقوة 7.8 درجة تركيا يوم الأحد وتهدمت مبان كثيرة."),
        source("b", "en", monday, "An earthquake of magnitude 7.5 struck Turkey on Sunday."));
    assertThat(oneQuake.with(Finding.Verdict.CONFLICT)).singleElement()
        .satisfies(f -> assertThat(f.key()).contains("magnitude"));
    // ... but a quake told as a second one may be another quake of that day
    CheckResult quake = check(
        source("a", "en", monday, "An earthquake of magnitude 7.8 struck Turkey on Sunday."),
        source("c", "ar", monday, "ضرب زلزال بقوة 7.8 درجة تركيا يوم الأحد وتهدمت مبان كثيرة."),
        source("b", "en", monday, "A second earthquake of magnitude 7.5 struck Turkey on Sunday."));
    assertThat(quake.with(Finding.Verdict.CONFLICT)).isEmpty();
    assertThat(quake.with(Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void tollsFromTheRedCrescentAndFromAGovernmentAreDisputedButTwoOrgansOfOneStateAreNot() {
    LocalDate day = LocalDate.of(2024, 8, 20);
    CheckResult twoBodies = check(
        source("a", "en", day, "Two dams burst above Kassala after days of heavy rain in eastern Sudan. "
            + "According to the Sudanese Red Crescent, 1,240 people were killed in the floods."),
        source("b", "en", day, "Rescue teams kept searching the wrecked coastal town on Thursday. "
            + "According to Sudan's government, 610 people were killed in the floods."));
    assertThat(twoBodies.with(Finding.Verdict.DISPUTED)).singleElement()
        .satisfies(f -> assertThat(f.sides()).allSatisfy(side -> assertThat(side.whoSays()).isNotEmpty()));
    CheckResult oneState = check(
        source("a", "en", day, "Two dams burst above Kassala after days of heavy rain in eastern Sudan. "
            + "According to Sudan's health ministry, 1,240 people were killed in the floods."),
        source("b", "en", day, "Rescue teams kept searching the wrecked coastal town on Thursday. "
            + "According to Sudan's government, 610 people were killed in the floods."));
    assertThat(oneState.with(Finding.Verdict.DISPUTED)).isEmpty();
    assertThat(oneState.with(Finding.Verdict.POSSIBLE)).isNotEmpty();
  }

  @Test
  void aPartThatAnActionNamesIsItsOwnFigureAndAnOrganWhoseCountryIsUnsaidIsThatStates() {
    LocalDate day = LocalDate.of(2025, 7, 9);
    // "shot down 402 of the 410 drones" counts the drones shot down; "an air force statement"
    // and "Ukraine's air force" are one party, so their figures are no dispute
    Source a = source("a", "en", day, "Russia launched a drone attack on Ukraine overnight. "
        + "According to a statement from Ukraine's Air Force, air defenses shot down 402 of the"
        + " 410 drones.");
    Source b = source("b", "en", day, "Russia launched a drone attack on Ukraine overnight. "
        + "Ukraine's air defenses shot down 310 drones in the attack, an air force statement"
        + " said.");
    assertThat(attributes(a)).containsExactly("count:drone:intercepted", "count:drone");
    CheckResult r = check(a, b);
    assertThat(r.with(Finding.Verdict.DISPUTED)).isEmpty();
    assertThat(r.findings()).filteredOn(f -> f.key().contains("count:drone:intercepted"))
        .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.POSSIBLE));
  }

  @Test
  void aDistanceFromANamedTownIsThatTownsSoDistancesToTwoTownsAreNeverCompared() {
    LocalDate day = LocalDate.of(2025, 3, 29);
    Source a = source("a", "en", day, "A strong earthquake struck Myanmar on Friday. "
        + "The earthquake's epicentre was 30 kilometers northeast of Mandalay.");
    Source b = source("b", "ar", day, "ضرب زلزال قوي ميانمار يوم الجمعة، "
        + "وكان مركز الزلزال على بعد نحو 12 كيلومترا من ماندالاي.");
    Source c = source("c", "en", day, "A strong earthquake struck Myanmar on Friday. "
        + "The earthquake's epicentre was 30 kilometers from Yangon.");
    assertThat(pipeline.extract(a).claims()).filteredOn(q -> q.attribute().startsWith("distance"))
        .singleElement().satisfies(q -> assertThat(q.attribute()).isEqualTo("distance@gn:1311874"));
    // the epicentre's one distance from Mandalay on the quake's day, 12 km alone against the
    // 30 km of two articles: a conflict (impersonal_measures "distance@")
    Source d = source("d", "en", day, "Rescuers dug through rubble after the quake in Myanmar on "
        + "Friday; its epicentre was 30 kilometers northeast of Mandalay.");
    assertThat(check(a, b, d).findings()).filteredOn(f -> f.key().contains("distance@gn:1311874"))
        .singleElement().satisfies(f -> assertThat(f.verdict()).isEqualTo(Finding.Verdict.CONFLICT));
    // 12 km from Mandalay and 30 km from Yangon are two figures, not a disagreement
    assertThat(check(b, c).findings()).noneMatch(f -> f.key().contains("distance"));
  }

  @Test
  void theCountryInABodysNameIsNoCountryActing() {
    Source s = source("a", "en", LocalDate.of(2023, 2, 6),
        "A magnitude 7.8 earthquake struck southern Turkey before dawn, "
            + "the US Geological Survey said.");
    assertThat(pipeline.extract(s).claims())
        .filteredOn(c -> c.kind() == org.tadqiq.model.ClaimKind.QUANTITY)
        .singleElement().satisfies(c -> assertThat(c.frame().participants())
            .doesNotContain("Q30"));
  }

  @Test
  void aBareTitleBeforeAPastHolderIsNoClaimThatTheyHoldTheOfficeNow() {
    LocalDate june = LocalDate.of(2025, 6, 1);
    CheckResult past = check(
        source("a", "en", june, "President Joe Biden signed the law in 2022, officials recalled."),
        source("b", "en", june, "Former President Joe Biden was seen in Delaware on Sunday."));
    assertThat(past.with(Finding.Verdict.CONFLICT)).isEmpty();
    // the table has Trump in office in June 2025: "former" there is still a conflict
    CheckResult present = check(
        source("a", "en", june, "President Donald Trump spoke in the Rose Garden on Sunday."),
        source("b", "en", june, "Former President Donald Trump was seen in Florida on Sunday."));
    assertThat(present.with(Finding.Verdict.CONFLICT))
        .anySatisfy(f -> assertThat(f.policy()).isEqualTo(Policy.OFFICE_STATUS));
  }

  @Test
  void twoFiguresOfTwoBodiesInOneArticleAreADisputedFigureWithWhoGivesEach() {
    Source en = source("a", "en", LocalDate.of(2025, 3, 1),
        "Floods hit the city of Kassala on Sunday. The health ministry said 50 people were"
            + " killed in the floods, while according to the Red Crescent 70 people were killed.");
    CheckResult r = check(en);
    assertThat(r.with(Finding.Verdict.DISPUTED)).singleElement().satisfies(f ->
        assertThat(f.sides()).extracting(side -> side.whoSays().get(0))
            .containsExactlyInAnyOrder("The health ministry", "the Red Crescent"));
    Source ar = source("b", "ar", LocalDate.of(2025, 3, 1),
        "ضربت الفيضانات مدينة كسلا يوم الأحد. وقالت وزارة الصحة إن 50 شخصا قتلوا في الفيضانات،"
            + " بينما بحسب الهلال الأحمر قتل 70 شخصا.");
    assertThat(check(ar).with(Finding.Verdict.DISPUTED)).hasSize(1);
  }

  @Test
  void anArabicNameNoListHoldsIsReadAfterItsTitle() {
    Source s = source("a", "ar", null, "وقال وزير الخارجية البيروفي خافيير غونزاليس إن المحادثات مفيدة.");
    assertThat(pipeline.extract(s).claims()).anySatisfy(c -> assertThat(c.value()).isEqualTo(
        new ClaimValue.Office("~خافيير-غونزاليس", "foreign-minister", "Q419", "current")));
  }

  @Test
  void oneFactInTwoLanguagesAgreesAndAWrongFormerConflicts() {
    LocalDate july = LocalDate.of(2025, 7, 11);
    Source en = source("en", "en", july,
        "Former US President Donald Trump held a phone call with Russian President Vladimir Putin"
            + " on Thursday.\nThe call between Putin and Trump lasted about 50 minutes.");
    Source ar = source("ar", "ar", july,
        "أجرى الرئيس الأمريكي دونالد ترامب اتصالا هاتفيا مع الرئيس الروسي فلاديمير بوتين يوم الخميس.\n"
            + "واستمر الاتصال نحو 50 دقيقة بين ترامب وبوتين.");
    CheckResult r = check(en, ar);
    assertThat(r.with(Finding.Verdict.CONFLICT))
        .anySatisfy(f -> assertThat(f.policy()).isIn(Policy.OFFICE_STATUS,
            Policy.OFFICE_AGAINST_KNOWLEDGE));
    assertThat(r.with(Finding.Verdict.CONFLICT)).filteredOn(f -> f.policy() == Policy.OFFICE_STATUS)
        .singleElement().satisfies(f -> assertThat(f.sources()).containsExactly("ar", "en"));
    // "about 50 minutes" and "نحو 50 دقيقة": one call, one duration, two languages, agreeing
    assertThat(r.with(Finding.Verdict.AGREEMENT))
        .anySatisfy(f -> {
          assertThat(f.policy()).isEqualTo(Policy.QUANTITY_OVERLAP);
          assertThat(f.sources()).containsExactly("ar", "en");
        });
  }

  @Test
  void aTextInALanguageWithoutAPackIsReportedNotRead() {
    Source s = new Source("ru", "ru.txt", null, null, null, null, null,
        "Встреча длилась пятьдесят минут в Женеве.", Source.Status.OK, List.of());
    var e = pipeline.extract(s);
    assertThat(e.claims()).isEmpty();
    assertThat(e.source().problems()).anySatisfy(p -> assertThat(p).contains("no rule pack"));
  }
}
