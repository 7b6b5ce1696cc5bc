package org.tadqiq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.tadqiq.align.CopyGroups;
import org.tadqiq.align.CopyGroups.Fingerprint;

/**
 * The store's groups of copies of one dispatch, kept up as articles arrive: each article's
 * fingerprint is stored with one key per MinHash band, so the copies of a new article are found by
 * index look-ups among everything stored before it (no all-pairs comparison, however large the
 * archive), then confirmed by {@link CopyGroups#copies}. A group is named by its smallest source
 * id, as {@code check} names it, so an audit and a check of the same articles group them alike.
 */
final class CopyIndex {
  /**
   * Stored sources looked at per band key, on average (the look-up reads at most 32 times this
   * many rows): a much-copied dispatch or shared boilerplate must not make every look-up long.
   */
  private static final int CANDIDATES_PER_BAND = 16;
  /** Confirmed copies enough to join an article to its dispatch's group (the group holds the rest). */
  private static final int CONFIRMED_ENOUGH = 4;
  /** Candidates tried at most per article. */
  private static final int CHECKED_AT_MOST = 64;

  private final CopyGroups measure;
  private final PreparedStatement candidates;
  private final PreparedStatement fingerprintOf;
  private final PreparedStatement insertFingerprint;
  private final PreparedStatement articleNumber;
  private final PreparedStatement insertBand;
  private final PreparedStatement groupOf;
  private final PreparedStatement setGroup;
  private final PreparedStatement renameGroup;
  private final PreparedStatement allGroups;
  private final PreparedStatement members;

  CopyIndex(Connection db, CopyGroups measure) throws SQLException {
    this.measure = measure;
    // all of an article's band keys in one look-up (one statement, not one per band); the rows of a
    // key lie together in the table, in the order stored (by article number), with their source
    // ids: the look-up reads them in one run, no second read of a table row per candidate
    candidates = db.prepareStatement("SELECT source FROM copy_bands WHERE band_key IN ("
        + "?,".repeat(CopyGroups.BANDS - 1) + "?) LIMIT " + CopyGroups.BANDS * CANDIDATES_PER_BAND);
    fingerprintOf = db.prepareStatement("SELECT shingles, hashes FROM fingerprints WHERE source = ?");
    insertFingerprint = db.prepareStatement(
        "INSERT OR REPLACE INTO fingerprints(source, shingles, hashes) VALUES (?,?,?)");
    articleNumber = db.prepareStatement("SELECT seq FROM articles WHERE source = ?");
    insertBand = db.prepareStatement(
        "INSERT INTO copy_bands(band_key, article, band, source) VALUES (?,?,?,?)");
    groupOf = db.prepareStatement("SELECT grp FROM copies WHERE source = ?");
    setGroup = db.prepareStatement("INSERT OR REPLACE INTO copies(source, grp) VALUES (?,?)");
    renameGroup = db.prepareStatement("UPDATE copies SET grp = ? WHERE grp = ?");
    allGroups = db.prepareStatement("SELECT source, grp FROM copies");
    members = db.prepareStatement("SELECT source FROM copies WHERE grp = ?");
  }

  /**
   * The stored sources {@code print} is a copy of (confirmed, not just candidates), in id order.
   * Candidates are tried most shared bands
   * first, and the search stops at {@value #CONFIRMED_ENOUGH} confirmed copies or {@value
   * #CHECKED_AT_MOST} tried: a wire republished a thousand times is found through a few of its
   * copies (their group holds the rest), and no article costs more than a bounded number of reads.
   */
  private List<String> copiesOf(Fingerprint print, String self) throws SQLException {
    Map<String, Integer> sharedBands = new java.util.HashMap<>();
    long[] keys = print.bandKeys();
    for (int i = 0; i < keys.length; i++) {
      candidates.setLong(i + 1, keys[i]);
    }
    try (ResultSet r = candidates.executeQuery()) {
      while (r.next()) {
        sharedBands.merge(r.getString(1), 1, Integer::sum);
      }
    }
    sharedBands.remove(self);
    List<String> ordered = new ArrayList<>(sharedBands.keySet());
    ordered.sort(java.util.Comparator.<String>comparingInt(sharedBands::get).reversed()
        .thenComparing(java.util.Comparator.naturalOrder()));
    List<String> out = new ArrayList<>();
    int tried = 0;
    for (String other : ordered) {
      if (out.size() >= CONFIRMED_ENOUGH || tried++ >= CHECKED_AT_MOST) {
        break;
      }
      Fingerprint stored = fingerprint(other);
      if (stored != null && measure.copies(print, stored)) {
        out.add(other);
      }
    }
    out.sort(null);
    return out;
  }

  /**
   * What a text joins: the stored copies it is found to copy, the stored groups they belong to
   * (member → group name: every member with {@code wholeGroups}, else only the copies), and the
   * joined group's name — its smallest member, as a check names a group. Null when the text
   * copies nothing stored.
   */
  private record Joining(String name, List<String> copies, Map<String, String> storedGroups) {}

  private Joining joining(Fingerprint print, String self, boolean wholeGroups) throws SQLException {
    List<String> copies = copiesOf(print, self);
    if (copies.isEmpty()) {
      return null;
    }
    Map<String, String> stored = wholeGroups ? groupsOf(copies) : groupsOfOnly(copies);
    String name = self;
    for (String c : copies) {
      String g = stored.getOrDefault(c, c);
      name = g.compareTo(name) < 0 ? g : name;
    }
    return new Joining(name, copies, stored);
  }

  /**
   * The groups of copies a text would join, with the text in them: every member → the joined
   * group's name; empty when it copies nothing stored. Reads only (the editor's check asks it of a
   * draft).
   */
  Map<String, String> groupsJoinedBy(Fingerprint print, String self) throws SQLException {
    Joining j = joining(print, self, true);
    if (j == null) {
      return Map.of();
    }
    Map<String, String> out = new TreeMap<>();
    j.storedGroups().keySet().forEach(member -> out.put(member, j.name()));
    j.copies().forEach(copy -> out.put(copy, j.name()));
    out.put(self, j.name());
    return out;
  }

  /**
   * Stores a new article's fingerprint and joins it to the group of every stored copy (merging
   * groups it bridges: each group renamed once, not member by member).
   */
  void add(String source, Fingerprint print) throws SQLException {
    // what joining needs is each copy's group, not the groups' other members: a dispatch copied a
    // thousand times made every new copy read the thousand rows of its group
    Joining j = joining(print, source, false);
    insertFingerprint.setString(1, source);
    insertFingerprint.setInt(2, print.shingles());
    insertFingerprint.setBytes(3, print.bytes());
    insertFingerprint.executeUpdate();
    long article = articleNumber(source);
    long[] keys = print.bandKeys();
    for (int band = 0; band < keys.length; band++) {
      insertBand.setLong(1, keys[band]);
      insertBand.setLong(2, article);
      insertBand.setInt(3, band);
      insertBand.setString(4, source);
      insertBand.addBatch();
    }
    insertBand.executeBatch();
    if (j == null) {
      return;
    }
    for (String group : new LinkedHashSet<>(j.storedGroups().values())) {
      if (!group.equals(j.name())) {
        rename(group, j.name());
      }
    }
    for (String copy : j.copies()) {
      if (!j.storedGroups().containsKey(copy)) {
        put(copy, j.name());
      }
    }
    put(source, j.name());
  }

  /** The whole groups of copies that any of {@code sources} belongs to: member → group name. */
  Map<String, String> groupsOf(Collection<String> sources) throws SQLException {
    Set<String> names = new LinkedHashSet<>();
    for (String s : sources) {
      String g = group(s);
      if (g != null) {
        names.add(g);
      }
    }
    Map<String, String> out = new TreeMap<>();
    for (String g : names) {
      members.setString(1, g);
      try (ResultSet r = members.executeQuery()) {
        while (r.next()) {
          out.put(r.getString(1), g);
        }
      }
    }
    return out;
  }

  /** Each of {@code sources} that belongs to a group of copies → that group's name. */
  private Map<String, String> groupsOfOnly(Collection<String> sources) throws SQLException {
    Map<String, String> out = new TreeMap<>();
    for (String s : sources) {
      String g = group(s);
      if (g != null) {
        out.put(s, g);
      }
    }
    return out;
  }

  /** Every stored source that has copies → its group's name. */
  Map<String, String> all() throws SQLException {
    Map<String, String> out = new TreeMap<>();
    try (ResultSet r = allGroups.executeQuery()) {
      while (r.next()) {
        out.put(r.getString(1), r.getString(2));
      }
    }
    return out;
  }

  /** The stored article's number (its order of storing), which orders the rows of a band key. */
  private long articleNumber(String source) throws SQLException {
    articleNumber.setString(1, source);
    try (ResultSet r = articleNumber.executeQuery()) {
      if (!r.next()) {
        throw new IllegalStateException("a fingerprint for " + source + ", which is not stored");
      }
      return r.getLong(1);
    }
  }

  private Fingerprint fingerprint(String source) throws SQLException {
    fingerprintOf.setString(1, source);
    try (ResultSet r = fingerprintOf.executeQuery()) {
      return r.next() ? Fingerprint.of(r.getBytes(2), r.getInt(1)) : null;
    }
  }

  private String group(String source) throws SQLException {
    groupOf.setString(1, source);
    try (ResultSet r = groupOf.executeQuery()) {
      return r.next() ? r.getString(1) : null;
    }
  }

  private void put(String source, String group) throws SQLException {
    setGroup.setString(1, source);
    setGroup.setString(2, group);
    setGroup.executeUpdate();
  }

  private void rename(String from, String to) throws SQLException {
    renameGroup.setString(1, to);
    renameGroup.setString(2, from);
    renameGroup.executeUpdate();
  }
}
