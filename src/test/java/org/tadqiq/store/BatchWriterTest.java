package org.tadqiq.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tadqiq.TestRules;
import org.tadqiq.rules.RuleBook;

/**
 * An audit writes each batch on a writer thread while the next one is read and extracted: what a
 * batch still on its way to the store holds must count as stored, and a failure on the writer must
 * reach the caller as if it had happened on its own thread.
 */
class BatchWriterTest {
  @TempDir Path dir;
  private final RuleBook rules = TestRules.load();

  private static final String TEXT = "التقى روبيو ولافروف في كوالالمبور واستمر اللقاء نحو 50 دقيقة.";

  private static String line(String id, String text) {
    return "{\"id\": \"" + id + "\", \"lang\": \"ar\", \"text\": \"" + text + "\"}\n";
  }

  @Test
  void whatTheBatchesBeforeHoldCountsAsStoredBeforeTheyAreCommitted() throws Exception {
    // one article per batch: each look-up may meet the one before still queued, being written or
    // committed, and must decide the same in all three cases
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("a.jsonl"), line("a", TEXT) + line("a", TEXT) // the same article twice
        + line("b", TEXT) // the same text under another id: a duplicate of a
        + line("a", TEXT.replace("50", "90")) // a's second version: a~hash
        + line("c", TEXT.replace("50", "70")));
    Path byOne = dir.resolve("one.db");
    Path whole = dir.resolve("whole.db");
    Audit.Stats one;
    try (ClaimStore store = ClaimStore.open(byOne)) {
      one = new Audit(rules, 2, 1).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
    }
    try (ClaimStore store = ClaimStore.open(whole)) {
      new Audit(rules, 2, 100).run(store, List.of(in), p -> {}, n -> {}, new AtomicBoolean());
    }
    assertThat(one.added()).isEqualTo(4);
    assertThat(one.unchanged()).isEqualTo(1);
    assertThat(column(byOne, "SELECT source || ' ' || status FROM articles ORDER BY seq"))
        .hasSize(4).startsWith("a ok", "b duplicate").contains("c ok")
        .anySatisfy(s -> assertThat(s).matches("a~[0-9a-f]{8} ok"));
    Set<String> batchTables = Set.of("articles", "claims", "facets", "copies", "copy_bands");
    assertThat(StoreRobustnessTest.dump(byOne, batchTables))
        .isEqualTo(StoreRobustnessTest.dump(whole, batchTables));
    assertThat(writerThreads()).isZero();
  }

  @Test
  void aFailureOnTheWriterReachesTheCallerAndTheBatchesBeforeItStayWhole() throws Exception {
    Path db = dir.resolve("s.db");
    try (ClaimStore store = ClaimStore.open(db)) {
      new Audit(rules, 1, 1).run(store, List.of(TestRules.SEEDS.resolve("000_28ff8978b549dea5.txt")),
          p -> {}, n -> {}, new AtomicBoolean());
    }
    Properties tight = new Properties();
    tight.setProperty("max_page_count", Long.toString(StoreRobustnessAccess.pages(db) + 3));
    assertThatThrownBy(() -> {
      try (ClaimStore store = ClaimStore.open(db, 1, tight)) {
        new Audit(rules, 2, 1).run(store, List.of(TestRules.SEEDS), p -> {}, n -> {}, new AtomicBoolean());
      }
    }).isInstanceOf(SQLException.class).satisfies(e -> assertThat(
        ClaimStore.explain(db, (SQLException) e, 1).getMessage()).isEqualTo(db
            + ": the disk is full; the batch being written was not committed and the store is as it"
            + " was before it"));
    assertThat(writerThreads()).isZero();
    // every article stored has all its claims: no batch was stored in part
    assertThat(column(db, "SELECT a.source FROM articles a WHERE a.claims <>"
        + " (SELECT COUNT(*) FROM claims c WHERE c.source = a.source)")).isEmpty();
    assertThat(column(db, "SELECT source FROM articles")).hasSizeBetween(1, 4);
  }

  private static List<String> column(Path db, String sql) throws SQLException {
    List<String> out = new java.util.ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }

  /** Writer threads still alive: a run, failed or not, leaves none behind. */
  private static long writerThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("tadqiq-store-writer") && t.isAlive()).count();
  }
}
