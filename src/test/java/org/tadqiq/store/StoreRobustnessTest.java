package org.tadqiq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.cli.CliRunner;
import org.tadqiq.rules.RuleBook;

/**
 * Issue 9, points 5, 6, 7 and 9: a batch is stored whole or not at all, ids never collide, a
 * store in use, full, corrupt or foreign is said in one line naming the file (exit 2), and the
 * editor's check only ever reads a store.
 */
class StoreRobustnessTest {
  @TempDir Path dir;
  private final RuleBook rules = TestRules.load();

  private static final String TEXT = "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.";

  /** Every row of every table, in a stable order: what "the store is unchanged" compares. */
  static String dump(Path db) throws SQLException {
    return dump(db, null);
  }

  /** The rows of the named tables (all when null). */
  static String dump(Path db, java.util.Set<String> only) throws SQLException {
    StringBuilder b = new StringBuilder();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String t : tables) {
        if (only != null && !only.contains(t)) {
          continue;
        }
        b.append("== ").append(t).append('\n');
        int columns;
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + t + "\" LIMIT 0")) {
          columns = r.getMetaData().getColumnCount();
        }
        String order = String.join(", ", java.util.stream.IntStream.rangeClosed(1, columns)
            .mapToObj(Integer::toString).toList());
        try (ResultSet r = s.executeQuery("SELECT * FROM \"" + t + "\" ORDER BY " + order)) {
          int n = columns;
          while (r.next()) {
            for (int i = 1; i <= n; i++) {
              b.append(r.getString(i)).append('\t');
            }
            b.append('\n');
          }
        }
      }
    }
    return b.toString();
  }

  private Audit.Stats audit(ClaimStore store, Path... inputs) throws SQLException {
    return new Audit(rules, 1, 50).run(store, List.of(inputs), p -> {}, n -> {}, new AtomicBoolean());
  }

  // issue 9, point 5: an id equal to a version id hit SQLITE_CONSTRAINT_UNIQUE for good
  @Test
  void anIdThatLooksLikeAVersionIdNeverCollides() throws Exception {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Files.writeString(a.resolve("x.txt"), TEXT);
    Files.writeString(b.resolve("x.txt"), TEXT.replace("50", "90"));
    Path db = dir.resolve("s.db");
    String version;
    try (ClaimStore store = ClaimStore.open(db)) {
      audit(store, a);
      audit(store, b);
      version = store.totals().get("articles") == 2 ? versionId(db) : null;
    }
    assertThat(version).startsWith("x~");
    Path c = Files.createDirectories(dir.resolve("c"));
    Files.writeString(c.resolve("batch.jsonl"), "{\"id\": \"" + version + "\", \"text\": \""
        + TEXT.replace("50", "70") + "\"}\n");
    for (int run = 0; run < 2; run++) {
      try (ClaimStore store = ClaimStore.open(db)) {
        audit(store, c);
        assertThat(store.totals().get("articles")).isEqualTo(3);
      }
    }
  }

  private static String versionId(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery("SELECT source FROM articles WHERE source LIKE 'x~%'")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  // issue 9, point 5: close() committed on the error path; the batch must leave nothing
  @Test
  void aBatchThatFailsLeavesTheStoreAsItWas() throws Exception {
    Path db = dir.resolve("s.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      audit(store, TestRules.SEEDS.resolve("000_28ff8978b549dea5.txt"));
    }
    String before = dump(db);
    long pages = pages(db);
    Properties tight = new Properties();
    tight.setProperty("max_page_count", Long.toString(pages + 2)); // the disk is full after 2 pages
    assertThatThrownBy(() -> {
      try (ClaimStore store = ClaimStore.open(db, 1, tight)) {
        audit(store, TestRules.SEEDS);
      }
    }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(
        ClaimStore.explain(db, (SQLException) e, 1).getMessage()).isEqualTo(db
            + ": the disk is full; the batch being written was not committed and the store is as it"
            + " was before it"));
    assertThat(dump(db)).isEqualTo(before);
  }

  private static long pages(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery("PRAGMA page_count")) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  // issue 9, point 7: the loser of two audits died with a raw SQLITE_BUSY_SNAPSHOT trace
  @Test
  void aStoreInUseByAnotherAuditIsSaidSo() throws Exception {
    Path db = dir.resolve("s.db");
    try (ClaimStore first = ClaimStore.open(db)) {
      audit(first, TestRules.SEEDS.resolve("000_28ff8978b549dea5.txt"));
      assertThatThrownBy(() -> ClaimStore.open(db, 1))
          .isInstanceOf(StoreException.class)
          .hasMessage(db + ": the store is in use by another audit (still locked after 1 s); run"
              + " this one when it has finished, or wait longer with --wait");
      CliRunner.Run run = CliRunner.run("audit", TestRules.SEEDS.toString(), "--store", db.toString(),
          "--wait", "1", "--out", dir.resolve("out").toString(), "-q");
      assertThat(run.code()).isEqualTo(2);
      assertThat(run.err().strip()).isEqualTo("tadqiq: " + db + ": the store is in use by another"
          + " audit (still locked after 1 s); run this one when it has finished, or wait longer with --wait");
      // the editor's check still reads it
      CliRunner.Run draft = CliRunner.run("check", TestRules.SEEDS.resolve("001_cb041ddd7639ad4e.txt").toString(),
          "--against", db.toString(), "--out", dir.resolve("d").toString(), "-q");
      assertThat(draft.code()).as(draft.err()).isIn(0, 1, 3);
    }
  }

  // issue 9, points 6 and 9: the editor's gate opened on a bad store, and wrote into it
  @Test
  void theEditorsCheckRefusesWhatIsNoStoreAndNeverWrites() throws Exception {
    Path draft = Files.writeString(dir.resolve("draft.txt"), TEXT);
    Path empty = Files.write(dir.resolve("empty.db"), new byte[0]);
    Path text = Files.writeString(dir.resolve("notes.db"), "these are notes, not a database\n".repeat(100));
    Path foreign = dir.resolve("foreign.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
      c.createStatement().execute("CREATE TABLE people(name TEXT)");
    }
    Path store = dir.resolve("store.db");
    try (ClaimStore s = ClaimStore.open(store)) {
      audit(s, TestRules.SEEDS);
    }
    Path newer = Files.copy(store, dir.resolve("newer.db"));
    Path older = Files.copy(store, dir.resolve("older.db"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
      c.createStatement().execute("UPDATE tadqiq_schema SET version = 99");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + older)) {
      c.createStatement().execute("DROP TABLE tadqiq_schema");
    }
    byte[] whole = Files.readAllBytes(store);
    Path truncated = Files.write(dir.resolve("truncated.db"), java.util.Arrays.copyOf(whole, whole.length / 2));
    String[][] cases = {
        {empty.toString(), "an empty file, not a Tadqiq claim store"},
        {text.toString(), "not an SQLite database, so not a Tadqiq claim store"},
        {foreign.toString(), "an SQLite database, but not a Tadqiq claim store (its tables: people)"},
        {newer.toString(), "a claim store of a newer Tadqiq (schema 99; this one knows up to 5)"},
        {older.toString(), "a claim store of an older Tadqiq (schema 1; this one reads 5): upgrade it once"},
        {truncated.toString(), ""},
    };
    for (String[] c : cases) {
      Path file = Path.of(c[0]);
      byte[] bytes = Files.readAllBytes(file);
      CliRunner.Run run = CliRunner.run("check", draft.toString(), "--against", file.toString(),
          "--out", dir.resolve("out").toString(), "-q");
      assertThat(run.code()).as(file + ": " + run.err()).isEqualTo(2);
      assertThat(run.err().strip()).as(file.toString()).startsWith("tadqiq: --against " + file + ": ")
          .contains(c[1]).doesNotContain("\n").doesNotContain("Exception");
      assertThat(Files.readAllBytes(file)).as(file + " was written to").isEqualTo(bytes);
      Path wal = dir.resolve(file.getFileName() + "-wal"); // SQLite's own file to read WAL safely
      assertThat(!Files.exists(wal) || Files.size(wal) == 0).as(wal.toString()).isTrue();
    }
    // an older store is upgraded by an audit, after which the check reads it
    assertThat(CliRunner.run("audit", "--store", older.toString(), "--out", dir.resolve("up").toString(),
        "-q").code()).isIn(0, 1);
    assertThat(CliRunner.run("check", draft.toString(), "--against", older.toString(), "--out",
        dir.resolve("out2").toString(), "-q").code()).isIn(0, 1, 3);
  }

  // issue 9, point 9: corrupt or foreign stores given to audit: one line naming the file, exit 2
  @Test
  void anAuditRefusesWhatIsNoStoreInOneLine() throws Exception {
    Path foreign = dir.resolve("foreign.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
      c.createStatement().execute("CREATE TABLE people(name TEXT)");
    }
    Path text = Files.writeString(dir.resolve("notes.db"), "not a database\n".repeat(200));
    Path store = dir.resolve("store.db");
    try (ClaimStore s = ClaimStore.open(store)) {
      audit(s, TestRules.SEEDS);
    }
    Path corrupt = Files.copy(store, dir.resolve("corrupt.db"));
    byte[] bytes = Files.readAllBytes(corrupt);
    for (int i = 4096; i < bytes.length; i += 7) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A); // every page but the first scrambled
    }
    Files.write(corrupt, bytes);
    String foreignBefore = dump(foreign);
    for (Path file : List.of(foreign, text, corrupt, dir)) {
      CliRunner.Run run = CliRunner.run("audit", TestRules.SEEDS.toString(), "--store", file.toString(),
          "--out", dir.resolve("out").toString(), "-q");
      assertThat(run.code()).as(file + ": " + run.err()).isEqualTo(2);
      assertThat(run.err().strip()).as(file.toString()).startsWith("tadqiq: " + file + ": ")
          .doesNotContain("\n").doesNotContain("Exception").doesNotContain("\tat ");
    }
    assertThat(dump(foreign)).isEqualTo(foreignBefore);
  }

  // issue 9, point 11: the same text under two names corroborated itself in the store
  @Test
  void theSameTextUnderAnotherNameIsStoredAsADuplicate() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.txt"), TEXT);
    Files.writeString(in.resolve("b.txt"), TEXT);
    try (ClaimStore store = ClaimStore.open(dir.resolve("s.db"))) {
      Audit.Stats st = audit(store, in);
      assertThat(st.added()).isEqualTo(2);
      assertThat(store.totals()).containsEntry("status.duplicate", 1L).containsEntry("findings.agreement", 0L);
      assertThat(audit(store, in).unchanged()).isEqualTo(2);
    }
  }

  // issue 9, point 2: audit stored '?' for a broken character, silently
  @Test
  void aBrokenCharacterIsStoredAsTheReplacementCharacterAndReported() throws Exception {
    Path f = Files.writeString(dir.resolve("r.jsonl"),
        "{\"id\": \"r1\", \"title\": \"t\\ud800\", \"text\": \"" + TEXT + "\"}\n");
    List<String> problems = new ArrayList<>();
    Path db = dir.resolve("s.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 50).run(store, List.of(f), problems::add, n -> {}, new AtomicBoolean());
    }
    assertThat(problems).anyMatch(p -> p.contains("r.jsonl:1: 1 broken character") && p.contains("title"));
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery("SELECT title FROM articles")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).isEqualTo("t\uFFFD");
    }
  }

  // issue 9, point 6: a read-only store could not even be read
  @Test
  void aStoreOnReadOnlyMediaIsRead() throws Exception {
    Path store = dir.resolve("store.db");
    try (ClaimStore s = ClaimStore.open(store)) {
      audit(s, TestRules.SEEDS);
    }
    Path media = Files.createDirectories(dir.resolve("media"));
    org.junit.jupiter.api.Assumptions.assumeTrue(sh("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs",
        media.toString()), "needs to mount a read-only file system (root)");
    try {
      Files.copy(store, media.resolve("store.db"));
      org.junit.jupiter.api.Assumptions.assumeTrue(sh("mount", "-o", "remount,ro", media.toString()));
      Path draft = Files.writeString(dir.resolve("draft.txt"), TEXT.replace("كوالالمبور", "جاكرتا"));
      CliRunner.Run run = CliRunner.run("check", draft.toString(), "--against",
          media.resolve("store.db").toString(), "--out", dir.resolve("out").toString(), "-q");
      assertThat(run.code()).as(run.err()).isEqualTo(1);
    } finally {
      sh("umount", media.toString());
    }
  }

  private static boolean sh(String... command) throws IOException, InterruptedException {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
