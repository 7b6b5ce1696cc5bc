package org.tadqiq.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.tadqiq.align.Facet;
import org.tadqiq.compare.Finding;
import org.tadqiq.compare.Policy;
import org.tadqiq.extract.ExtractedSource;
import org.tadqiq.ingest.Source;
import org.tadqiq.model.Claim;
import org.tadqiq.model.ClaimKind;
import org.tadqiq.model.ClaimValue;
import org.tadqiq.model.EventFrame;
import org.tadqiq.model.Modality;
import org.tadqiq.model.Span;

/**
 * The claim store: an SQLite file any SQLite tool can open. Articles are identified by id and
 * content hash, so a rerun adds only what is new; each batch is one transaction, so a run killed
 * half-way loses nothing committed and duplicates nothing. Facets are indexed by (policy, key):
 * a group is fetched by an index look-up, and groups touched by new claims are marked for
 * re-comparison.
 */
public final class ClaimStore implements AutoCloseable {
  private final Connection db;
  private final Path file;
  private final boolean readOnly;
  private final ObjectMapper json = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final PreparedStatement insertArticle;
  private final PreparedStatement insertClaim;
  private final PreparedStatement insertFacet;
  private final PreparedStatement markDirty;
  /** Groups the open transaction touched, written to {@code dirty} once each when it commits. */
  private final java.util.Set<String> pendingDirty = new java.util.LinkedHashSet<>();
  /** Groups already in {@code dirty} since the last re-comparison (bounded: a cache, not a truth). */
  private final java.util.Set<String> dirtyWritten = new java.util.HashSet<>();
  private static final int DIRTY_REMEMBERED = 200_000;

  private ClaimStore(Connection db, Path file, boolean readOnly) throws SQLException {
    this.db = db;
    this.file = file;
    this.readOnly = readOnly;
    insertArticle = db.prepareStatement(
        "INSERT INTO articles(id, hash, source, path, url, outlet, title, language, published,"
            + " status, problems, length, claims) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insertClaim = db.prepareStatement(
        "INSERT INTO claims(id, source, kind, subject, attribute, value, value_ref, quote, start,"
            + " \"end\", rule, modality, frame_ref, context, context_start, said_by, said_by_key)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insertFacet = db.prepareStatement(
        "INSERT INTO facets(policy, key, compared, claim, source, published, strength)"
            + " VALUES (?,?,?,?,?,?,?)");
    markDirty = db.prepareStatement("INSERT OR IGNORE INTO dirty(policy, key) VALUES (?, ?)");
    encodingById = db.prepareStatement("SELECT json FROM encodings WHERE id = ?");
    encodingByJson = readOnly ? null : db.prepareStatement("SELECT id FROM encodings WHERE json = ?");
    insertEncoding = readOnly ? null : db.prepareStatement("INSERT INTO encodings(json) VALUES (?)");
  }

  /**
   * Opens (or creates) a store to write to, waiting up to {@value StoreFile#DEFAULT_WAIT_SECONDS}
   * seconds for another audit to let go of it. A file that is no claim store is refused with a
   * {@link StoreException} naming it.
   */
  public static ClaimStore open(Path file) throws SQLException {
    return open(file, StoreFile.DEFAULT_WAIT_SECONDS);
  }

  public static ClaimStore open(Path file, int waitSeconds) throws SQLException {
    return open(file, waitSeconds, null);
  }

  /** With SQLite settings of its own (tests cap the pages, as a full disk would). */
  static ClaimStore open(Path file, int waitSeconds, java.util.Properties sqlite) throws SQLException {
    return new ClaimStore(StoreFile.openForWriting(file, waitSeconds, sqlite), file, false);
  }

  /** Opens a store only to read it (the editor's check): nothing is ever written to the file. */
  public static ClaimStore openReadOnly(Path file) throws SQLException {
    return new ClaimStore(StoreFile.openReadOnly(file), file, true);
  }

  /** The store's file. */
  public Path file() {
    return file;
  }

  /** One line naming the store's file that says what a failure on it means. */
  public static StoreException explain(Path file, SQLException e, int waitSeconds) {
    return StoreFile.explain(file, e, waitSeconds);
  }

  /** The content hash that, with the id, identifies an article. */
  public static String hash(Source s) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(s.text().getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(String.join("\n", s.problems()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * What decides, while this store is loaded, which articles it needs: it reads the store through
   * a connection of its own, so it can run while the writer's transaction is open. Close it when
   * the load ends.
   */
  NewArticles newArticles() throws SQLException {
    if (readOnly) {
      throw new IllegalStateException("a store opened read-only is not loaded");
    }
    java.sql.Connection lookups = StoreFile.openForLookups(file);
    try {
      return new NewArticles(lookups);
    } catch (SQLException | RuntimeException e) {
      lookups.close();
      throw e;
    }
  }

  /**
   * The store's groups of copies of one dispatch, judged with {@code measure}; reading and
   * writing within this store's transactions.
   */
  CopyIndex copyIndex(org.tadqiq.align.CopyGroups measure) throws SQLException {
    return new CopyIndex(db, measure);
  }

  /** Adds one extracted article with its claims and facets (within the open transaction). */
  public void add(ExtractedSource e, String id, String hash, List<Facet> facets) throws SQLException {
    Source s = e.source();
    insertArticle.setString(1, id);
    insertArticle.setString(2, hash);
    insertArticle.setString(3, s.id());
    insertArticle.setString(4, s.path());
    insertArticle.setString(5, s.url());
    insertArticle.setString(6, s.outlet());
    insertArticle.setString(7, s.title());
    insertArticle.setString(8, s.language());
    insertArticle.setString(9, s.published() == null ? null : s.published().toString());
    insertArticle.setString(10, s.status().id());
    insertArticle.setString(11, write(s.problems()));
    insertArticle.setInt(12, e.length());
    insertArticle.setInt(13, e.claims().size());
    insertArticle.executeUpdate();
    for (Claim c : e.claims()) {
      insertClaim.setString(1, c.id());
      insertClaim.setString(2, c.source());
      insertClaim.setString(3, c.kind().id());
      insertClaim.setString(4, c.subject());
      insertClaim.setString(5, c.attribute());
      insertClaim.setString(6, c.value().canonical());
      insertClaim.setLong(7, encodingId(encoded(c.value())));
      insertClaim.setString(8, c.quote());
      insertClaim.setInt(9, c.span().start());
      insertClaim.setInt(10, c.span().end());
      insertClaim.setString(11, c.rule());
      insertClaim.setString(12, c.modality().id());
      if (c.frame() == null) {
        insertClaim.setNull(13, java.sql.Types.INTEGER);
      } else {
        insertClaim.setLong(13, encodingId(encoded(c.frame())));
      }
      insertClaim.setString(14, c.context());
      insertClaim.setInt(15, c.contextStart());
      // who the sentence says asserts it: what makes two figures a dispute between parties
      insertClaim.setString(16, c.attribution() == null ? null : c.attribution().who());
      insertClaim.setString(17, c.attribution() == null ? null : c.attribution().key());
      insertClaim.addBatch();
    }
    insertClaim.executeBatch();
    for (Facet f : facets) {
      insertFacet.setString(1, f.policy().id());
      insertFacet.setString(2, f.key());
      insertFacet.setString(3, f.compared());
      insertFacet.setString(4, f.claim().id());
      insertFacet.setString(5, f.claim().source());
      insertFacet.setString(6, f.published() == null ? null : f.published().toString());
      insertFacet.setDouble(7, f.strength());
      insertFacet.addBatch();
      String group = f.policy().id() + '\u0000' + f.key();
      if (!dirtyWritten.contains(group)) {
        pendingDirty.add(group);
      }
    }
    insertFacet.executeBatch();
  }

  /**
   * Commits the open transaction, with the groups it touched marked for re-comparison (once each,
   * in the same transaction: a batch and its marks are stored together or not at all).
   */
  public void commit() throws SQLException {
    if (!pendingDirty.isEmpty()) {
      for (String group : pendingDirty) {
        int cut = group.indexOf('\u0000');
        markDirty.setString(1, group.substring(0, cut));
        markDirty.setString(2, group.substring(cut + 1));
        markDirty.addBatch();
      }
      markDirty.executeBatch();
    }
    db.commit();
    if (dirtyWritten.size() + pendingDirty.size() > DIRTY_REMEMBERED) {
      dirtyWritten.clear();
    }
    dirtyWritten.addAll(pendingDirty);
    pendingDirty.clear();
  }

  /** Forgets everything written since the last commit: a failed batch leaves no trace. */
  public void rollback() throws SQLException {
    pendingDirty.clear();
    // rows of encodings the batch added are gone with it
    encodingIds.clear();
    jsonById.clear();
    if (!readOnly) {
      db.rollback();
    }
  }

  /** Indexes only reads need: a fresh load builds them once at its end instead of row by row. */
  private static final String[] READ_INDEXES = {
      "CREATE INDEX IF NOT EXISTS claims_source ON claims(source)",
      "CREATE INDEX IF NOT EXISTS facets_window ON facets(policy, key, published)"};

  /**
   * Before a load: in an empty store, drops the indexes only reads use (they are built at the end,
   * by {@link #buildIndexes}); in any other, makes sure they are there (a load killed before its
   * end left them out). Returns whether the store was empty.
   */
  public boolean beginLoad() throws SQLException {
    boolean empty = articleCount() == 0;
    try (Statement s = db.createStatement()) {
      if (empty) {
        s.execute("DROP INDEX IF EXISTS claims_source");
        s.execute("DROP INDEX IF EXISTS facets_window");
      } else {
        for (String sql : READ_INDEXES) {
          s.execute(sql);
        }
      }
    }
    db.commit();
    return empty;
  }

  /** Builds the indexes reads use, if missing (after a fresh load). */
  public void buildIndexes() throws SQLException {
    try (Statement s = db.createStatement()) {
      for (String sql : READ_INDEXES) {
        s.execute(sql);
      }
    }
    db.commit();
  }

  /**
   * The facets of one group (one policy, one key) dated within {@code days} of {@code around} (or
   * undated), by an index look-up. With {@code onePerValue}, one facet stands for each distinct
   * value: enough where any clash counts (offices), and small however many articles repeat it.
   */
  public List<Facet> group(Policy policy, String key, LocalDate around, int days, boolean onePerValue)
      throws SQLException {
    try (PreparedStatement q = db.prepareStatement(FACET_SELECT
        + " WHERE f.policy = ? AND f.key = ? AND (f.published IS NULL OR f.published BETWEEN ? AND ?)"
        + (onePerValue ? " GROUP BY f.compared" : "") + " ORDER BY c.source, c.start")) {
      q.setString(1, policy.id());
      q.setString(2, key);
      q.setString(3, around.minusDays(days).toString());
      q.setString(4, around.plusDays(days).toString());
      return facets(q);
    }
  }

  /** The facets a query of {@link #FACET_SELECT} or {@link #JUDGED_SELECT} gives, in its order. */
  private List<Facet> facets(PreparedStatement q) throws SQLException {
    List<Facet> out = new ArrayList<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        out.add(facet(r));
      }
    }
    return out;
  }

  private static final String FACET_SELECT =
      "SELECT f.policy, f.key, f.compared, f.published, f.strength, c.id, c.source, c.kind,"
          + " c.subject, c.attribute, c.value_ref, c.quote, c.start, c.\"end\", c.rule, c.modality,"
          + " c.frame_ref, c.context, c.context_start, c.value, c.said_by, c.said_by_key"
          + " FROM facets f JOIN claims c ON c.id = f.claim";

  /**
   * What judging needs of a facet: its claim without quote and sentence (the judge never reads
   * them, and findings cite claims by id), so re-comparison reads and decodes less.
   */
  private static final String JUDGED_SELECT =
      "SELECT f.policy, f.key, f.compared, f.published, f.strength, c.id, c.source, c.kind,"
          + " c.subject, c.attribute, c.value_ref, '', c.start, c.\"end\", c.rule, c.modality,"
          + " c.frame_ref, NULL, c.context_start, c.value, c.said_by, c.said_by_key"
          + " FROM facets f JOIN claims c ON c.id = f.claim";

  /**
   * Re-judges every group touched since the last call, one group in memory at a time, and keeps
   * the findings; returns how many groups were judged.
   */
  public long recompare(java.util.function.BiFunction<List<Facet>, List<Facet>, Finding> judge)
      throws SQLException {
    long groups = 0;
    EventAnchorRows anchors = new EventAnchorRows();
    try (PreparedStatement q = db.prepareStatement(JUDGED_SELECT
            + " JOIN dirty d ON d.policy = f.policy AND d.key = f.key"
            + " ORDER BY f.policy, f.key, c.source, c.start");
        PreparedStatement delete = db.prepareStatement(
            "DELETE FROM findings WHERE policy = ? AND key = ?");
        PreparedStatement insert = db.prepareStatement(
            "INSERT INTO findings(policy, key, verdict, confidence, sources, finding_json)"
                + " VALUES (?,?,?,?,?,?)")) {
      List<Facet> group = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Facet f = facet(r);
          if (!group.isEmpty() && !(group.get(0).policy() == f.policy()
              && group.get(0).key().equals(f.key()))) {
            List<Facet> judgedGroup = group;
            store(judged(group, g -> judge.apply(g, anchors.of(judgedGroup))), group.get(0),
                delete, insert);
            groups++;
            group = new ArrayList<>();
          }
          group.add(f);
        }
      }
      if (!group.isEmpty()) {
        List<Facet> judgedGroup = group;
        store(judged(group, g -> judge.apply(g, anchors.of(judgedGroup))), group.get(0), delete,
            insert);
        groups++;
      }
    }
    try (Statement s = db.createStatement()) {
      s.execute("DELETE FROM dirty");
    }
    db.commit();
    dirtyWritten.clear();
    return groups;
  }

  /**
   * The days and places stored for the events of a group (what {@code check} reads from all its
   * facets at once), looked up by group key; the last few thousand events are kept, since groups
   * come ordered by key and one event's groups are judged near one another.
   */
  public List<Facet> eventAnchors(List<Facet> group) throws SQLException {
    return new EventAnchorRows().of(group);
  }

  private final class EventAnchorRows {
    private static final int KEPT = 4096;
    private final Map<String, List<Facet>> byKey = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, List<Facet>> eldest) {
        return size() > KEPT;
      }
    };

    List<Facet> of(List<Facet> group) {
      List<Facet> out = new ArrayList<>();
      for (Map.Entry<Policy, String> k : org.tadqiq.compare.ConflictFinder.anchorKeys(group)) {
        out.addAll(byKey.computeIfAbsent(k.getKey().id() + "\u0000" + k.getValue(),
            x -> load(k.getKey(), k.getValue())));
      }
      return out;
    }

    private List<Facet> load(Policy policy, String key) {
      try (PreparedStatement q = db.prepareStatement(JUDGED_SELECT
          + " WHERE f.policy = ? AND f.key = ? ORDER BY c.source, c.start")) {
        q.setString(1, policy.id());
        q.setString(2, key);
        return facets(q);
      } catch (SQLException e) {
        throw new StoreException("cannot read the days and places of event " + key + ": "
            + e.getMessage(), e);
      }
    }
  }

  private void store(Finding f, Facet first, PreparedStatement delete, PreparedStatement insert)
      throws SQLException {
    delete.setString(1, first.policy().id());
    delete.setString(2, first.key());
    delete.executeUpdate();
    if (f == null) {
      return;
    }
    insert.setString(1, f.policy().id());
    insert.setString(2, f.key());
    insert.setString(3, f.verdict().name());
    insert.setDouble(4, f.confidence());
    insert.setInt(5, f.sources().size());
    insert.setString(6, write(f));
    insert.executeUpdate();
  }

  /** Stored findings of one verdict, surest and widest first, at most {@code limit}. */
  public List<Finding> findings(Finding.Verdict verdict, int limit) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT finding_json FROM findings WHERE verdict = ?"
        + " ORDER BY confidence DESC, sources DESC, policy, key LIMIT ?")) {
      q.setString(1, verdict.name());
      q.setInt(2, limit);
      List<Finding> out = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(read(r.getString(1), Finding.class));
        }
      }
      return out;
    }
  }

  /** Streams every stored finding of one verdict in rank order (for conflicts.jsonl). */
  public void eachFinding(Finding.Verdict verdict, Consumer<Finding> sink) throws SQLException {
    try (PreparedStatement q = db.prepareStatement("SELECT finding_json FROM findings WHERE verdict = ?"
        + " ORDER BY confidence DESC, sources DESC, policy, key")) {
      q.setString(1, verdict.name());
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          sink.accept(read(r.getString(1), Finding.class));
        }
      }
    }
  }

  /** The stored claims with these ids, in the order of the ids, fetched in chunks. */
  public Map<String, Claim> claims(List<String> ids) throws SQLException {
    Map<String, Claim> found = new java.util.HashMap<>();
    List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(ids));
    for (int from = 0; from < distinct.size(); from += CLAIM_CHUNK) {
      List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CLAIM_CHUNK));
      try (PreparedStatement q = db.prepareStatement(
          "SELECT NULL, NULL, NULL, NULL, NULL, c.id, c.source, c.kind, c.subject, c.attribute,"
              + " c.value_ref, c.quote, c.start, c.\"end\", c.rule, c.modality, c.frame_ref,"
              + " c.context, c.context_start, c.value, c.said_by, c.said_by_key FROM claims c"
              + " WHERE c.id IN ("
              + "?,".repeat(chunk.size() - 1) + "?)")) {
        for (int i = 0; i < chunk.size(); i++) {
          q.setString(i + 1, chunk.get(i));
        }
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            Claim c = claim(r);
            found.put(c.id(), c);
          }
        }
      }
    }
    Map<String, Claim> out = new LinkedHashMap<>();
    for (String id : distinct) {
      Claim c = found.get(id);
      if (c != null) {
        out.put(id, c);
      }
    }
    return out;
  }

  private static final int CLAIM_CHUNK = 500;

  /** Counts for the report: articles by status, claims by kind, findings by verdict. */
  public Map<String, Long> totals() throws SQLException {
    Map<String, Long> t = new LinkedHashMap<>();
    try (Statement s = db.createStatement()) {
      t.put("articles", one(s, "SELECT COUNT(*) FROM articles"));
      t.put("read", one(s, "SELECT COUNT(*) FROM articles WHERE status = 'ok'"));
      t.put("claims", one(s, "SELECT COUNT(*) FROM claims"));
      t.put("problems", one(s, "SELECT COUNT(*) FROM articles WHERE problems <> '[]'"));
      for (ClaimKind k : ClaimKind.values()) {
        t.put("claims." + k.id(), one(s, "SELECT COUNT(*) FROM claims WHERE kind = '" + k.id() + "'"));
      }
      for (Finding.Verdict v : Finding.Verdict.values()) {
        t.put("findings." + v.name().toLowerCase(java.util.Locale.ROOT),
            one(s, "SELECT COUNT(*) FROM findings WHERE verdict = '" + v.name() + "'"));
      }
      try (ResultSet r = s.executeQuery("SELECT status, COUNT(*) FROM articles GROUP BY status ORDER BY status")) {
        while (r.next()) {
          t.put("status." + r.getString(1), r.getLong(2));
        }
      }
    }
    return t;
  }

  /** Articles with problems, in the order they were stored, at most {@code limit}. */
  public List<Source> problemArticles(int limit) throws SQLException {
    List<Source> out = new ArrayList<>();
    try (PreparedStatement q = db.prepareStatement("SELECT source, path, url, outlet, title, language,"
        + " published, status, problems FROM articles WHERE problems <> '[]' ORDER BY seq LIMIT ?")) {
      q.setInt(1, limit);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          out.add(article(r));
        }
      }
    }
    return out;
  }

  /** The stored articles with these source ids (metadata only, no text), by source id. */
  public Map<String, Source> articles(java.util.Collection<String> sourceIds) throws SQLException {
    Map<String, Source> out = new java.util.TreeMap<>();
    try (PreparedStatement q = db.prepareStatement(ARTICLE_SELECT + " WHERE source = ?")) {
      for (String id : sourceIds) {
        q.setString(1, id);
        try (ResultSet r = q.executeQuery()) {
          if (r.next()) {
            out.put(id, article(r));
          }
        }
      }
    }
    return out;
  }

  /** Every stored article (metadata only) in the order stored, with its claim count. */
  public void eachArticle(java.util.function.BiConsumer<Source, Integer> sink) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(ARTICLE_SELECT + " ORDER BY seq");
        ResultSet r = q.executeQuery()) {
      while (r.next()) {
        sink.accept(article(r), r.getInt(10));
      }
    }
  }

  private static final String ARTICLE_SELECT = "SELECT source, path, url, outlet, title, language,"
      + " published, status, problems, claims FROM articles";

  private Source article(ResultSet r) throws SQLException {
    try {
      Source.Status status = Source.Status.valueOf(
          r.getString(8).toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      String source = required(r.getString(1), "articles.source");
      return new Source(source, r.getString(2) == null ? source : r.getString(2),
          r.getString(3), r.getString(4), r.getString(5), r.getString(6),
          r.getString(7) == null ? null : LocalDate.parse(r.getString(7)), "", status,
          read(r.getString(9), new TypeReference<List<String>>() {}));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw corrupt("an article row", e);
    }
  }

  public long articleCount() throws SQLException {
    try (Statement s = db.createStatement()) {
      return one(s, "SELECT COUNT(*) FROM articles");
    }
  }

  public long undatedArticles() throws SQLException {
    try (Statement s = db.createStatement()) {
      return one(s, "SELECT COUNT(*) FROM articles WHERE published IS NULL AND status = 'ok'");
    }
  }

  public long articlesPublishedBetween(LocalDate from, LocalDate to) throws SQLException {
    try (PreparedStatement q = db.prepareStatement(
        "SELECT COUNT(*) FROM articles WHERE published BETWEEN ? AND ?")) {
      q.setString(1, from.toString());
      q.setString(2, to.toString());
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /**
   * Keeps reviewers' decisions; of two decisions on one finding the later one holds. Returns how
   * many were new or newer than the stored ones.
   */
  public int saveDecisions(List<org.tadqiq.review.Decision> decisions, String from) throws SQLException {
    int changed = 0;
    try (PreparedStatement q = db.prepareStatement(
        "INSERT INTO decisions(finding, decision, note, reviewer, decided_at, signature, summary,"
            + " imported_from) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(finding) DO UPDATE SET"
            + " decision = excluded.decision, note = excluded.note, reviewer = excluded.reviewer,"
            + " decided_at = excluded.decided_at, signature = excluded.signature,"
            + " summary = excluded.summary, imported_from = excluded.imported_from"
            + " WHERE excluded.decided_at >= decisions.decided_at")) {
      for (org.tadqiq.review.Decision d : decisions) {
        q.setString(1, d.finding());
        q.setString(2, d.decision());
        q.setString(3, d.note());
        q.setString(4, d.reviewer());
        q.setString(5, d.decidedAt());
        q.setString(6, d.signature());
        q.setString(7, d.summary());
        q.setString(8, from);
        changed += q.executeUpdate();
      }
    }
    db.commit();
    return changed;
  }

  /** Every stored decision, by finding id. */
  public Map<String, org.tadqiq.review.Decision> decisions() throws SQLException {
    Map<String, org.tadqiq.review.Decision> out = new java.util.TreeMap<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT finding, decision, note, reviewer, decided_at,"
            + " signature, summary FROM decisions ORDER BY finding")) {
      while (r.next()) {
        out.put(r.getString(1), new org.tadqiq.review.Decision(r.getString(1), r.getString(2),
            r.getString(3), r.getString(4), r.getString(5), r.getString(6), r.getString(7)));
      }
    }
    return out;
  }

  private static long one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  private Facet facet(ResultSet r) throws SQLException {
    try {
      Policy policy = policy(r.getString(1));
      String published = r.getString(4);
      return new Facet(policy, required(r.getString(2), "facets.key"), r.getString(3), claim(r),
          published == null ? null : LocalDate.parse(published), r.getDouble(5));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw corrupt("a facet row", e);
    }
  }

  private Claim claim(ResultSet r) throws SQLException {
    try {
      long frame = r.getLong(17);
      boolean framed = !r.wasNull();
      ClaimValue value = decoded(encoding(r.getLong(11), "claims.value_ref"), ClaimValue.class);
      // the value is stored twice, as JSON and in its canonical form: they must agree
      if (!value.canonical().equals(r.getString(20))) {
        throw new IllegalStateException("claims.value_ref does not give claims.value");
      }
      EventFrame event = framed ? decoded(encoding(frame, "claims.frame_ref"), EventFrame.class) : null;
      if (event != null) {
        event.key(); // every part of an event frame is there
      }
      return new Claim(required(r.getString(6), "claims.id"), required(r.getString(7), "claims.source"),
          ClaimKind.fromId(r.getString(8)),
          r.getString(9), r.getString(10), value,
          new Span(r.getInt(13), r.getInt(14)), r.getString(12), r.getString(15),
          event,
          Modality.valueOf(r.getString(16).toUpperCase(java.util.Locale.ROOT)),
          r.getString(18), r.getInt(19), attribution(r.getString(21), r.getString(22)));
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw corrupt("a claim row", e);
    }
  }

  private static org.tadqiq.model.Attribution attribution(String who, String key) {
    return who == null || key == null ? null : new org.tadqiq.model.Attribution(who, key);
  }

  private Policy policy(String id) {
    for (Policy p : Policy.values()) {
      if (p.id().equals(id)) {
        return p;
      }
    }
    throw corrupt("a facet row", new IllegalArgumentException("an unknown policy '" + id + "'"));
  }

  /**
   * A group with stored claims, judged. Rows that decode but do not fit together (a facet whose
   * claim is of another kind than its policy judges, after damage SQLite cannot see) make the
   * judge fail: that is a corrupt store, said as such, not an internal error.
   */
  public Finding judged(List<Facet> group, java.util.function.Function<List<Facet>, Finding> judge) {
    try {
      return judge.apply(group);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw corrupt("the stored claims of group " + (group.isEmpty() ? "?"
          : group.get(0).policy().id() + " " + group.get(0).key()), e);
    }
  }

  /** A value a row must have (the schema says NOT NULL; damage can still empty it). */
  private String required(String value, String column) {
    if (value == null) {
      throw corrupt("a row", new IllegalStateException(column + " is empty"));
    }
    return value;
  }

  /**
   * A row that SQLite reads but Tadqiq cannot (damage SQLite does not see, or rows written by
   * something else): the store is corrupt, said in one line naming its file.
   */
  private StoreException corrupt(String what, RuntimeException e) {
    String detail = e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage().lines().findFirst().orElse("");
    if (detail.length() > 160) {
      detail = detail.substring(0, 160) + "…";
    }
    return new StoreException(file + ": the store is corrupt: " + what + " cannot be read ("
        + detail + "); restore it from a copy or audit into a new store", e);
  }

  /**
   * Values and frames repeat across claims (every outlet reporting one event gives the same
   * numbers, place and frame): each distinct one is encoded and decoded once, not per claim.
   * They are immutable records, so a decoded one can be shared; encodings are keyed by equals, so
   * only values whose equals covers all they write are cached. Bounded: cleared when full.
   */
  private final Map<Object, String> encodedCache = new java.util.HashMap<>();
  private final Map<String, Object> decodedCache = new java.util.HashMap<>();
  private static final int CACHED = 50_000;

  private String encoded(Object o) {
    if (o instanceof ClaimValue.Office) {
      // its equals leaves out whether the status was implied, which its JSON keeps
      return write(o);
    }
    String s = encodedCache.get(o);
    if (s == null) {
      s = write(o);
      if (encodedCache.size() >= CACHED) {
        encodedCache.clear();
      }
      encodedCache.put(o, s);
    }
    return s;
  }

  private final PreparedStatement encodingById;
  private final PreparedStatement encodingByJson;
  private final PreparedStatement insertEncoding;
  /** Rows of {@code encodings} by JSON, as the writer last saw them (bounded: cleared when full). */
  private final Map<String, Long> encodingIds = new java.util.HashMap<>();
  /** JSON of {@code encodings} rows by id, as read (bounded: cleared when full). */
  private final Map<Long, String> jsonById = new java.util.HashMap<>();

  /**
   * The row of {@code encodings} that holds this JSON, added if the store has none: each distinct
   * value or frame is stored once, however many claims carry it.
   */
  private long encodingId(String encodedJson) throws SQLException {
    Long id = encodingIds.get(encodedJson);
    if (id != null) {
      return id;
    }
    encodingByJson.setString(1, encodedJson);
    try (ResultSet r = encodingByJson.executeQuery()) {
      id = r.next() ? r.getLong(1) : null;
    }
    if (id == null) {
      insertEncoding.setString(1, encodedJson);
      insertEncoding.executeUpdate();
      try (ResultSet r = encodingByJson.executeQuery()) {
        r.next();
        id = r.getLong(1);
      }
    }
    if (encodingIds.size() >= CACHED) {
      encodingIds.clear();
    }
    encodingIds.put(encodedJson, id);
    return id;
  }

  /** The JSON a claim's reference names (a reference to no row is a corrupt store). */
  private String encoding(long id, String column) throws SQLException {
    String s = jsonById.get(id);
    if (s == null) {
      encodingById.setLong(1, id);
      try (ResultSet r = encodingById.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException(column + " names no stored value (" + id + ")");
        }
        s = r.getString(1);
      }
      if (jsonById.size() >= CACHED) {
        jsonById.clear();
      }
      jsonById.put(id, s);
    }
    return s;
  }

  private <T> T decoded(String s, Class<T> type) {
    Object o = decodedCache.get(s);
    if (!type.isInstance(o)) {
      o = read(s, type);
      if (decodedCache.size() >= CACHED) {
        decodedCache.clear();
      }
      decodedCache.put(s, o);
    }
    return type.cast(o);
  }

  private String write(Object o) {
    try {
      return json.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private <T> T read(String s, Class<T> type) {
    try {
      return json.readValue(s, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw corrupt("a row's JSON", new IllegalStateException(e.getMessage(), e));
    }
  }

  private <T> T read(String s, TypeReference<T> type) {
    try {
      return json.readValue(s, type);
    } catch (JsonProcessingException | RuntimeException e) {
      throw corrupt("a row's JSON", new IllegalStateException(e.getMessage(), e));
    }
  }

  /**
   * Closes the store. What was not committed is rolled back, never committed on the way out: a
   * batch that failed half-way must leave nothing behind.
   */
  @Override
  public void close() throws SQLException {
    try {
      rollback();
    } finally {
      db.close();
    }
  }
}
