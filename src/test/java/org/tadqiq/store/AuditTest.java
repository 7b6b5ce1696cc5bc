package org.tadqiq.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.cli.CliRunner;
import org.tadqiq.compare.Finding;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;

/** The claim store: incremental, resumable, and the editor's check against it. */
class AuditTest {
  @TempDir Path dir;
  private final RuleBook rules = TestRules.load();

  /**
   * A store judges one group at a time, so it loads the days and places of the group's events as
   * check reads them from all facets: two magnitudes of one quake dated the same day, one of them
   * alone against two sources, are a conflict in the store as in a check, and the same figures on
   * two days are two quakes in both.
   */
  @Test
  void theStoreJudgesAGroupWithItsEventsDaysAsACheckDoes() throws Exception {
    Path in = Files.createDirectories(dir.resolve("quakes"));
    Files.writeString(in.resolve("a.txt"), "published: 2024-04-08\nlang: en\n\n"
        + "An earthquake of magnitude 6.2 shook Greece on Sunday.\n");
    Files.writeString(in.resolve("b.txt"), "published: 2024-04-08\nlang: en\n\n"
        + "An earthquake of magnitude 6.6 shook Greece on Sunday.\n");
    // a lone 6.6 against the 6.2 of two articles: no one names the measurer
    Files.writeString(in.resolve("c.txt"), "published: 2024-04-08\nlang: ar\n\n"
        + "ضرب زلزال بقوة 6.2 درجة اليونان يوم الأحد وتضررت بيوت قليلة.\n");
    int checked = new CheckPipeline(rules).check(List.of(in), p -> {})
        .with(Finding.Verdict.CONFLICT).size();
    assertThat(checked).isEqualTo(1);
    try (ClaimStore store = ClaimStore.open(dir.resolve("quakes.db"))) {
      new Audit(rules, 1, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(store.findings(Finding.Verdict.CONFLICT, 10)).hasSize(checked)
          .allSatisfy(f -> assertThat(f.key()).contains("magnitude"));
    }
  }

  @Test
  void aRerunAddsNothingAndFindsTheSameConflict() throws Exception {
    Path db = dir.resolve("store.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats first = new Audit(rules, 2, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(first.added()).isEqualTo(5);
      assertThat(store.totals().get("findings.conflict")).isEqualTo(1);
    }
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats again = new Audit(rules, 2, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(again.added()).isZero();
      assertThat(again.unchanged()).isEqualTo(5);
      assertThat(again.groupsCompared()).isZero();
      assertThat(store.totals().get("articles")).isEqualTo(5);
      List<Finding> conflicts = store.findings(Finding.Verdict.CONFLICT, 10);
      assertThat(conflicts).hasSize(1);
      assertThat(conflicts.get(0).key()).isEqualTo("Q22686|head-of-state");
    }
  }

  @Test
  void anAuditStoppedHalfWayLosesAndDuplicatesNothing() throws Exception {
    Path db = dir.resolve("store.db");
    AtomicBoolean stop = new AtomicBoolean();
    try (ClaimStore store = ClaimStore.open(db)) {
      // stop once the first batch of two is committed
      Audit.Stats part = new Audit(rules, 1, 2).run(store, List.of(TestRules.SEEDS), p -> {},
          n -> stop.set(true), stop);
      assertThat(part.stopped()).isTrue();
      assertThat(store.totals().get("articles")).isEqualTo(2);
    }
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats rest = new Audit(rules, 1, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {},
          new AtomicBoolean());
      assertThat(rest.added()).isEqualTo(3);
      assertThat(rest.unchanged()).isEqualTo(2);
      assertThat(store.totals().get("articles")).isEqualTo(5);
      assertThat(store.totals().get("claims"))
          .isEqualTo(new CheckPipeline(rules).check(List.of(TestRules.SEEDS), p -> {}).claims().size());
      assertThat(store.totals().get("findings.conflict")).isEqualTo(1);
    }
  }

  @Test
  void theSameArticleTwiceInOneRunIsStoredOnce() throws Exception {
    Path copy = dir.resolve("copy");
    Files.createDirectories(copy);
    Files.copy(TestRules.SEEDS.resolve("003_c1e8606ce6beb2ec.txt"), copy.resolve("003_c1e8606ce6beb2ec.txt"));
    try (ClaimStore store = ClaimStore.open(dir.resolve("twice.db"))) {
      Audit.Stats st = new Audit(rules, 1, 50).run(store, List.of(TestRules.SEEDS, copy), p -> {},
          n -> {}, new AtomicBoolean());
      assertThat(st.added()).isEqualTo(5);
      assertThat(st.unchanged()).isEqualTo(1);
      assertThat(store.totals().get("articles")).isEqualTo(5);
    }
  }

  @Test
  void aNewStoreInAFolderNotMadeYetGetsItsFolder() throws Exception {
    Path db = dir.resolve("not").resolve("made").resolve("yet.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      assertThat(store.totals().get("articles")).isZero();
    }
    assertThat(db).isRegularFile();
  }

  @Test
  void aChangedArticleWithTheSameIdIsKeptApart() throws Exception {
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    Files.createDirectories(a);
    Files.createDirectories(b);
    Files.writeString(a.resolve("n1.txt"), "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.");
    Files.writeString(b.resolve("n1.txt"), "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء 90 دقيقة.");
    try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
      Audit audit = new Audit(rules, 1, 10);
      audit.run(store, List.of(a), p -> {}, n -> {}, new AtomicBoolean());
      audit.run(store, List.of(b), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(store.totals().get("articles")).isEqualTo(2);
      // two versions of one article are one dispatch: the changed figure is a difference between
      // its versions (as in a check of both texts), not two outlets disagreeing
      assertThat(store.findings(Finding.Verdict.COPY_DIFFERENCE, 10))
          .anySatisfy(f -> assertThat(f.sources()).hasSize(2).anyMatch(s -> s.startsWith("n1~")));
      assertThat(store.findings(Finding.Verdict.CONFLICT, 10)).isEmpty();
    }
  }

  @Test
  void aDraftIsCheckedAgainstTheStoreByItsOwnConflictsOnly() throws Exception {
    Path db = dir.resolve("store.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
    }
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي ماركو روبيو في جاكرتا، "
        + "واستمر اللقاء نحو 50 دقيقة.");
    CheckPipeline pipeline = new CheckPipeline(rules);
    List<ExtractedSource> drafts = new ArrayList<>();
    new InputReader().read(List.of(draft), s -> drafts.add(pipeline.extract(s)));
    try (ClaimStore store = ClaimStore.open(db)) {
      CheckResult r = new DraftCheck(rules, pipeline).check(drafts, store, "store.db", null).result();
      List<Finding> conflicts = r.with(Finding.Verdict.CONFLICT);
      // the draft's Jakarta disagrees with Kuala Lumpur; Trump's status (not the draft's) is not shown
      assertThat(conflicts).hasSize(1);
      assertThat(conflicts.get(0).summary()).contains("Jakarta").contains("Kuala Lumpur");
      assertThat(conflicts.get(0).sources()).contains("draft");
    }
  }

  @Test
  void anArchiveAndADraftAreJudgedAgainstTheOfficeTableAtTheirOwnDates() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(archive.resolve("old.txt"), "published: 2023-05-10\nlang: en\n\n"
        + "Former US President Donald Trump held a rally in Ohio on Saturday.\n");
    Files.writeString(archive.resolve("new.txt"), "published: 2025-07-10\nlang: en\n\n"
        + "Former US President Donald Trump held a rally in Ohio on Saturday.\n");
    Files.writeString(archive.resolve("newer.txt"), "published: 2025-07-12\nlang: ar\n\n"
        + "اتصل الرئيس الأمريكي السابق دونالد ترامب بنظيره يوم الجمعة.\n");
    Path db = dir.resolve("store.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 1).run(store, List.of(archive), p -> {}, n -> {}, new AtomicBoolean());
      List<Finding> conflicts = store.findings(Finding.Verdict.CONFLICT, 10).stream()
          .filter(f -> f.policy() == org.tadqiq.compare.Policy.OFFICE_AGAINST_KNOWLEDGE).toList();
      // the article of 2023 is right; the two of July 2025 misstate one fact: one finding
      assertThat(conflicts).singleElement().satisfies(f -> {
        assertThat(f.sources()).containsExactly("new", "newer");
        assertThat(f.sides()).anySatisfy(side -> assertThat(side.knowledge()).isNotNull());
      });
    }
    Path draft = dir.resolve("draft.txt");
    Files.writeString(draft, "published: 2025-08-01\nlang: en\n\n"
        + "Former President Donald Trump spoke to reporters in Ohio.\n");
    CheckPipeline pipeline = new CheckPipeline(rules);
    List<ExtractedSource> drafts = new ArrayList<>();
    new InputReader().read(List.of(draft), s -> drafts.add(pipeline.extract(s)));
    try (ClaimStore store = ClaimStore.open(db)) {
      CheckResult r = new DraftCheck(rules, pipeline).check(drafts, store, "store.db", null).result();
      assertThat(r.with(Finding.Verdict.CONFLICT)).anySatisfy(f -> {
        assertThat(f.policy()).isEqualTo(org.tadqiq.compare.Policy.OFFICE_AGAINST_KNOWLEDGE);
        assertThat(f.sources()).containsExactly("draft");
      });
    }
  }

  private static final String DISPATCH = "Donald Trump and Vladimir Putin met in Anchorage on"
      + " Friday for talks on the war in Ukraine that officials on both sides described as long and"
      + " difficult. The meeting lasted about three hours, according to aides who briefed reporters"
      + " afterwards at the air base. No agreement was announced, and both leaders left without"
      + " taking questions from the press waiting outside the hall.";

  /** A wire and a copy that changed a figure; two bodies that give two tolls. */
  private Path copiesAndADispute() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    String meeting = "published: 2025-08-16\nlang: en\n\n";
    Files.writeString(in.resolve("wire.txt"), meeting + DISPATCH);
    Files.writeString(in.resolve("copy.txt"), meeting + DISPATCH.replace("about three hours", "about five hours"));
    String flood = "published: 2024-08-20\nlang: en\n\n";
    Files.writeString(in.resolve("sd-a.txt"), flood + "Two dams burst above Kassala after days of heavy"
        + " rain in eastern Sudan. According to the Sudanese Red Crescent, 1,240 people were killed in the floods.");
    Files.writeString(in.resolve("sd-b.txt"), flood + "Rescue teams kept searching the wrecked town on"
        + " Tuesday. According to Sudan's government, 610 people were killed in the floods.");
    return in;
  }

  @Test
  void anAuditGroupsCopiesOfOneDispatchAndSeesWhoSaysWhatAsACheckDoes() throws Exception {
    Path in = copiesAndADispute();
    CheckResult checked = new CheckPipeline(rules, 1).check(List.of(in), m -> {});
    assertThat(checked.with(Finding.Verdict.COPY_DIFFERENCE)).hasSize(1);
    assertThat(checked.with(Finding.Verdict.DISPUTED)).hasSize(1);
    assertThat(checked.with(Finding.Verdict.CONFLICT)).isEmpty();

    Path db = dir.resolve("store.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      // one article per batch: a copy is found among what earlier batches stored
      new Audit(rules, 1, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(store.findings(Finding.Verdict.COPY_DIFFERENCE, 10)).singleElement()
          .satisfies(f -> assertThat(f.sources()).containsExactlyInAnyOrder("copy", "wire"));
      assertThat(store.findings(Finding.Verdict.CONFLICT, 10)).isEmpty();
      assertThat(store.findings(Finding.Verdict.DISPUTED, 10)).singleElement()
          .satisfies(f -> assertThat(f.sides()).allSatisfy(side -> assertThat(side.whoSays()).isNotEmpty()));
      CheckResult report = StoreResults.of(store, rules, new StoreResults.Limits(10, 10, 10), 0).result();
      assertThat(report.copyGroups()).isEqualTo(java.util.Map.of("copy", "copy", "wire", "copy"));
      assertThat(report.with(Finding.Verdict.DISPUTED)).hasSize(1);
      assertThat(report.with(Finding.Verdict.COPY_DIFFERENCE)).hasSize(1);
    }
  }

  @Test
  void aDraftThatCopiesAStoredDispatchAndChangesAFigureIsStopped() throws Exception {
    Path in = copiesAndADispute();
    Path draft = Files.move(in.resolve("copy.txt"), dir.resolve("draft.txt"));
    Path db = dir.resolve("store.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
    }
    CliRunner.Run run = CliRunner.run("check", draft.toString(), "--against", db.toString(),
        "--out", dir.resolve("out").toString(), "-q");
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
    assertThat(run.out()).contains("copying differences 1").contains("[copy of a stored dispatch]")
        .contains("in wire vs").contains("in draft");
    // the same draft with the wire's figure copies it faithfully: it passes
    Files.writeString(draft, Files.readString(draft).replace("about five hours", "about three hours"));
    CliRunner.Run faithful = CliRunner.run("check", draft.toString(), "--against", db.toString(),
        "--out", dir.resolve("out2").toString(), "-q");
    assertThat(faithful.code()).as(faithful.out() + faithful.err()).isEqualTo(0);
  }

  @Test
  void aStoreOfSchemaTwoIsUpgradedInPlaceAndKeepsWhoSaysWhatFromThenOn() throws Exception {
    Path db = dir.resolve("v2.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (String sql : new String[] {"ALTER TABLE claims DROP COLUMN said_by",
          "ALTER TABLE claims DROP COLUMN said_by_key", "DROP TABLE fingerprints", "DROP TABLE copy_bands",
          "DROP TABLE copies", "UPDATE tadqiq_schema SET version = 2"}) {
        c.createStatement().execute(sql);
      }
    }
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 2).run(store, List.of(copiesAndADispute()), p -> {}, n -> {}, new AtomicBoolean());
      assertThat(store.totals().get("articles")).isEqualTo(9);
      assertThat(store.findings(Finding.Verdict.DISPUTED, 10)).hasSize(1);
      assertThat(store.findings(Finding.Verdict.COPY_DIFFERENCE, 10)).hasSize(1);
    }
    assertThat(rows(db, "tadqiq_schema WHERE version = " + StoreFile.SCHEMA_VERSION)).isEqualTo(1);
  }

  @Test
  void aStoreOfSchemaThreeIsUpgradedWithItsReportUnchangedAndFindsCopiesOfWhatItStoredBefore()
      throws Exception {
    Path in = copiesAndADispute();
    Path copy = Files.move(in.resolve("copy.txt"), dir.resolve("copy.txt"));
    Path db = dir.resolve("v3.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
    }
    List<String> bands = bandRows(db);
    assertThat(bands).isNotEmpty();
    Path before = dir.resolve("before");
    assertThat(CliRunner.run("audit", "--store", db.toString(), "--out", before.toString(), "-q").code())
        .isIn(0, 1);
    // schema 3 kept the band keys in a table of (band_key, source) with an index on the key, and
    // each claim's value and frame as JSON in its row
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      for (String sql : new String[] {
          "CREATE TABLE old_bands(band_key INTEGER NOT NULL, source TEXT NOT NULL)",
          "INSERT INTO old_bands SELECT band_key, source FROM copy_bands ORDER BY article, band",
          "DROP TABLE copy_bands", "ALTER TABLE old_bands RENAME TO copy_bands",
          "CREATE INDEX copy_bands_key ON copy_bands(band_key)",
          "ALTER TABLE claims ADD COLUMN value_json TEXT", "ALTER TABLE claims ADD COLUMN frame_json TEXT",
          "UPDATE claims SET value_json = (SELECT json FROM encodings WHERE id = value_ref),"
              + " frame_json = (SELECT json FROM encodings WHERE id = frame_ref)",
          "ALTER TABLE claims DROP COLUMN value_ref", "ALTER TABLE claims DROP COLUMN frame_ref",
          "DROP TABLE encodings", "UPDATE tadqiq_schema SET version = 3"}) {
        c.createStatement().execute(sql);
      }
    }
    CliRunner.Run refused = CliRunner.run("check", copy.toString(), "--against", db.toString(),
        "--out", dir.resolve("out").toString(), "-q");
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("a claim store of an older Tadqiq (schema 3; this one reads "
        + StoreFile.SCHEMA_VERSION + "): upgrade it once with 'tadqiq audit --store");
    // upgraded, the store gives the same report
    Path after = dir.resolve("after");
    assertThat(CliRunner.run("audit", "--store", db.toString(), "--out", after.toString(), "-q").code())
        .isIn(0, 1);
    for (String report : new String[] {"report.json", "findings.csv", "conflicts.jsonl"}) {
      assertThat(Files.readString(after.resolve(report))).as(report)
          .isEqualTo(Files.readString(before.resolve(report)));
    }
    Files.move(copy, in.resolve("copy.txt"));
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
      // the copy stored after the upgrade is found through the band keys stored before it
      assertThat(store.findings(Finding.Verdict.COPY_DIFFERENCE, 10)).singleElement()
          .satisfies(f -> assertThat(f.sources()).containsExactlyInAnyOrder("copy", "wire"));
    }
    assertThat(bandRows(db).subList(0, bands.size())).isEqualTo(bands);
    assertThat(rows(db, "tadqiq_schema WHERE version = " + StoreFile.SCHEMA_VERSION)).isEqualTo(1);
    assertThat(rows(db, "claims WHERE value_ref IS NULL")).isZero();
    assertThat(rows(db, "encodings")).isPositive();
    assertThat(indexes(db)).doesNotContain("copy_bands_key");
  }

  /** Every stored band key with its article, band and source, in the order they were stored. */
  private static List<String> bandRows(Path db) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.ResultSet r = c.createStatement().executeQuery(
            "SELECT band_key, article, band, source FROM copy_bands ORDER BY article, band")) {
      while (r.next()) {
        out.add(r.getLong(1) + " " + r.getLong(2) + " " + r.getInt(3) + " " + r.getString(4));
      }
    }
    return out;
  }

  private static java.util.Set<String> indexes(Path db) throws Exception {
    java.util.Set<String> out = new java.util.TreeSet<>();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.ResultSet r = c.createStatement().executeQuery(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'")) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  private static long rows(Path db, String table) throws Exception {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  @Test
  void aFreshLoadBuildsTheReadIndexesAtItsEndAndALoadCutShortGetsThemBack() throws Exception {
    Path db = dir.resolve("fresh.db");
    java.util.Set<String> all = java.util.Set.of("articles_source", "articles_hash", "claims_source",
        "facets_window", "findings_rank");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 2).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
    }
    assertThat(indexes(db)).containsAll(all);
    // a load killed before its end: the indexes only reads use are missing
    try (ClaimStore store = ClaimStore.open(db)) {
      assertThat(store.beginLoad()).isFalse();
    }
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db)) {
      c.createStatement().execute("DROP INDEX facets_window");
      c.createStatement().execute("DROP INDEX claims_source");
    }
    try (ClaimStore store = ClaimStore.open(db)) {
      Audit.Stats again = new Audit(rules, 1, 2).run(store, List.of(TestRules.SEEDS), p -> {},
          n -> {}, new AtomicBoolean());
      assertThat(again.added()).isZero();
    }
    assertThat(indexes(db)).containsAll(all);
  }

  @Test
  void theGroupsABatchTouchedAreMarkedWithItAndForgottenWithARollback() throws Exception {
    Path db = dir.resolve("marks.db");
    CheckPipeline pipeline = new CheckPipeline(rules, 1);
    List<ExtractedSource> seeds = new ArrayList<>();
    new InputReader().read(List.of(TestRules.SEEDS), s -> seeds.add(pipeline.extract(s)));
    org.tadqiq.align.FacetMaker facets = new org.tadqiq.align.FacetMaker(rules.common());
    try (ClaimStore store = ClaimStore.open(db)) {
      ExtractedSource first = seeds.get(0);
      store.add(first, first.source().id(), ClaimStore.hash(first.source()), facets.facetsOf(first));
      store.rollback();
      assertThat(rows(db, "dirty")).isZero();
      java.util.Set<String> groups = new java.util.HashSet<>();
      for (ExtractedSource e : seeds.subList(1, 3)) {
        List<org.tadqiq.align.Facet> fs = facets.facetsOf(e);
        fs.forEach(f -> groups.add(f.policy().id() + " " + f.key()));
        store.add(e, e.source().id(), ClaimStore.hash(e.source()), fs);
      }
      store.commit();
      assertThat(groups).isNotEmpty();
      assertThat(rows(db, "dirty")).isEqualTo(groups.size());
      // the next batch marks only what is new; re-comparison clears every mark
      ExtractedSource last = seeds.get(3);
      List<org.tadqiq.align.Facet> fs = facets.facetsOf(last);
      fs.forEach(f -> groups.add(f.policy().id() + " " + f.key()));
      store.add(last, last.source().id(), ClaimStore.hash(last.source()), fs);
      store.commit();
      assertThat(rows(db, "dirty")).isEqualTo(groups.size());
      store.buildIndexes();
      store.recompare((g, anchors) -> null);
      assertThat(rows(db, "dirty")).isZero();
    }
  }
}
