package org.tadqiq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tadqiq.ingest.ContentHash;
import org.tadqiq.ingest.Source;

/**
 * Decides, for each article an audit reads, whether the store needs it, under which source id,
 * and whether its text is a duplicate of one stored before. While one batch is extracted the
 * batches before it may still be on their way to the store ({@link BatchWriter}), so the answer
 * comes from two places: the store's committed rows, read through a connection of its own (in WAL
 * mode it never waits for the writer), and a memory of every batch handed to the writer and not
 * committed yet. A batch is forgotten only once the writer has committed it, so each article is
 * seen in one of the two places, never in neither.
 */
final class NewArticles implements AutoCloseable {
  private final Connection db;
  private final PreparedStatement findArticle;
  private final PreparedStatement sameId;
  private final PreparedStatement sameSource;
  private final PreparedStatement sameText;
  /** The batches handed to the writer and not known to be committed, oldest first. */
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  /** What one batch adds to the store, as the look-ups of later batches need it. */
  private record Pending(long number, Set<String> articles, Set<String> originalIds,
      Set<String> sourceIds, Map<String, String[]> firstTexts) {
    Pending(long number) {
      this(number, new HashSet<>(), new HashSet<>(), new HashSet<>(), new HashMap<>());
    }
  }

  /**
   * A batch sorted: the articles to extract and store (renamed, or made duplicates, as needed),
   * each with its own id and content hash, and how many were stored already.
   */
  record Sorted(List<Source> fresh, List<String> originalIds, List<String> hashes, long unchanged) {}

  NewArticles(Connection db) throws SQLException {
    this.db = db;
    findArticle = db.prepareStatement("SELECT 1 FROM articles WHERE id = ? AND hash = ?");
    sameId = db.prepareStatement("SELECT 1 FROM articles WHERE id = ? LIMIT 1");
    sameSource = db.prepareStatement("SELECT 1 FROM articles WHERE source = ?");
    sameText = db.prepareStatement(
        "SELECT source, path FROM articles WHERE hash = ? AND status = 'ok' ORDER BY seq LIMIT 1");
  }

  /**
   * Sorts batch {@code number}; {@code committed} is how many batches the writer has committed
   * (batches are numbered from 1 and committed in order), so their memory can go: the store has
   * them now.
   */
  Sorted sort(List<Source> batch, long number, long committed) throws SQLException {
    while (!pending.isEmpty() && pending.peekFirst().number() <= committed) {
      pending.removeFirst();
    }
    Pending mine = new Pending(number);
    pending.addLast(mine);
    List<Source> fresh = new ArrayList<>();
    List<String> originalIds = new ArrayList<>();
    List<String> hashes = new ArrayList<>();
    long unchanged = 0;
    for (Source read : batch) {
      String hash = ClaimStore.hash(read);
      // the same article twice (already stored, on its way, or twice in this batch) is stored once
      String article = read.id() + "\u0000" + hash;
      if (inPending(p -> p.articles().contains(article)) || stored(read.id(), hash)) {
        unchanged++;
        continue;
      }
      mine.articles().add(article);
      String id = sourceIdFor(read.id(), hash);
      mine.originalIds().add(read.id());
      mine.sourceIds().add(id);
      Source s = id.equals(read.id()) ? read : renamed(read, id);
      if (s.readable()) {
        // its identity is its text: the same text under another name is kept as a duplicate
        String[] first = firstText(hash);
        if (first == null) {
          mine.firstTexts().put(hash, new String[] {s.id(), s.path()});
        } else {
          s = ContentHash.duplicate(s, first[0], first[1]);
        }
      }
      fresh.add(s);
      originalIds.add(read.id());
      hashes.add(hash);
    }
    return new Sorted(fresh, originalIds, hashes, unchanged);
  }

  private boolean inPending(java.util.function.Predicate<Pending> test) {
    for (Pending p : pending) {
      if (test.test(p)) {
        return true;
      }
    }
    return false;
  }

  private boolean stored(String id, String hash) throws SQLException {
    findArticle.setString(1, id);
    findArticle.setString(2, hash);
    try (ResultSet r = findArticle.executeQuery()) {
      return r.next();
    }
  }

  /**
   * The source id a new article gets: its own id, or — when another version of it is stored
   * already — the id with its hash, so both versions stay apart. An id is only given when no
   * stored or pending article has it: an article whose own id looks like a version id
   * ("x~cd49032d") gets a longer one, never a collision.
   */
  private String sourceIdFor(String id, String hash) throws SQLException {
    boolean versioned = inPending(p -> p.originalIds().contains(id)) || idStored(id);
    List<String> candidates = new ArrayList<>();
    if (!versioned) {
      candidates.add(id);
    }
    candidates.add(id + "~" + hash.substring(0, 8));
    candidates.add(id + "~" + hash.substring(0, 16));
    candidates.add(id + "~" + hash);
    for (String c : candidates) {
      if (!sourceTaken(c)) {
        return c;
      }
    }
    for (int n = 2; ; n++) {
      String c = id + "~" + hash + "~" + n;
      if (!sourceTaken(c)) {
        return c;
      }
    }
  }

  private boolean idStored(String id) throws SQLException {
    sameId.setString(1, id);
    try (ResultSet r = sameId.executeQuery()) {
      return r.next();
    }
  }

  private boolean sourceTaken(String source) throws SQLException {
    if (inPending(p -> p.sourceIds().contains(source))) {
      return true;
    }
    sameSource.setString(1, source);
    try (ResultSet r = sameSource.executeQuery()) {
      return r.next();
    }
  }

  /**
   * The first readable article with this content hash, stored or pending, as {source id, path},
   * or null: the same text under another name is a duplicate, stored once.
   */
  private String[] firstText(String hash) throws SQLException {
    // the store's rows are older than any pending batch's
    sameText.setString(1, hash);
    try (ResultSet r = sameText.executeQuery()) {
      if (r.next()) {
        return new String[] {r.getString(1), r.getString(2)};
      }
    }
    for (Pending p : pending) {
      String[] first = p.firstTexts().get(hash);
      if (first != null) {
        return first;
      }
    }
    return null;
  }

  private static Source renamed(Source s, String id) {
    return new Source(id, s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
        s.text(), s.status(), s.problems());
  }

  @Override
  public void close() throws SQLException {
    db.close();
  }
}
