package org.tadqiq.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;

/**
 * Opening a claim store, and what is wrong with a file that is not one. A store says which
 * schema it has in its {@code tadqiq_schema} table; an audit creates a store in a new or empty
 * file, upgrades an older one and refuses anything else, and the editor's check opens it
 * read-only and refuses anything but a store of this version. Every failure is one line naming
 * the file.
 */
final class StoreFile {
  /**
   * The schema this version writes: 2 added the version table and the index of content hashes; 3
   * the copies of one dispatch (articles' fingerprints, their band keys, the groups) and who a
   * claim's sentence says asserts it (claims.said_by, said_by_key); 4 keeps the band keys in one
   * table ordered by key (each row with its article's number and source id), so a look-up reads
   * one run of rows instead of an index entry and then a table row for each; 5 stores each distinct
   * claim value and event frame once, as JSON in {@code encodings}, and a claim names its rows
   * (claims.value_ref, frame_ref) instead of carrying the JSON.
   */
  static final int SCHEMA_VERSION = 5;
  /** How long an audit waits for another one to let go of the store, by default. */
  static final int DEFAULT_WAIT_SECONDS = 10;

  private static final Set<String> VERSION_1_TABLES = Set.of("articles", "claims", "facets", "findings");

  static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS articles(
        seq INTEGER PRIMARY KEY, id TEXT NOT NULL, hash TEXT NOT NULL, source TEXT NOT NULL,
        path TEXT, url TEXT, outlet TEXT, title TEXT, language TEXT, published TEXT,
        status TEXT NOT NULL, problems TEXT NOT NULL, length INTEGER, claims INTEGER,
        UNIQUE(id, hash));
      CREATE UNIQUE INDEX IF NOT EXISTS articles_source ON articles(source);
      CREATE INDEX IF NOT EXISTS articles_hash ON articles(hash);
      CREATE TABLE IF NOT EXISTS claims(
        id TEXT PRIMARY KEY, source TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT, attribute TEXT,
        value TEXT NOT NULL, value_ref INTEGER NOT NULL, quote TEXT NOT NULL, start INTEGER, "end" INTEGER,
        rule TEXT NOT NULL, modality TEXT NOT NULL, frame_ref INTEGER, context TEXT, context_start INTEGER,
        said_by TEXT, said_by_key TEXT);
      CREATE TABLE IF NOT EXISTS encodings(id INTEGER PRIMARY KEY, json TEXT NOT NULL UNIQUE);
      CREATE INDEX IF NOT EXISTS claims_source ON claims(source);
      CREATE TABLE IF NOT EXISTS facets(
        policy TEXT NOT NULL, key TEXT NOT NULL, compared TEXT, claim TEXT NOT NULL,
        source TEXT NOT NULL, published TEXT, strength REAL);
      CREATE INDEX IF NOT EXISTS facets_window ON facets(policy, key, published);
      CREATE TABLE IF NOT EXISTS dirty(policy TEXT NOT NULL, key TEXT NOT NULL, PRIMARY KEY(policy, key));
      CREATE TABLE IF NOT EXISTS findings(
        policy TEXT NOT NULL, key TEXT NOT NULL, verdict TEXT NOT NULL, confidence REAL,
        sources INTEGER, finding_json TEXT NOT NULL, PRIMARY KEY(policy, key));
      CREATE INDEX IF NOT EXISTS findings_rank ON findings(verdict, confidence, sources);
      CREATE TABLE IF NOT EXISTS decisions(
        finding TEXT PRIMARY KEY, decision TEXT NOT NULL, note TEXT, reviewer TEXT,
        decided_at TEXT, signature TEXT, summary TEXT, imported_from TEXT);
      CREATE TABLE IF NOT EXISTS fingerprints(
        source TEXT PRIMARY KEY, shingles INTEGER NOT NULL, hashes BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS copy_bands(
        band_key INTEGER NOT NULL, article INTEGER NOT NULL, band INTEGER NOT NULL, source TEXT NOT NULL,
        PRIMARY KEY(band_key, article, band)) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS copies(source TEXT PRIMARY KEY, grp TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS copies_group ON copies(grp);
      CREATE TABLE IF NOT EXISTS tadqiq_schema(version INTEGER NOT NULL)
      """;

  private StoreFile() {}

  /**
   * A connection that may write: a new store is made in a missing or empty file, an older one is
   * upgraded; every transaction takes the write lock when it begins, waiting up to {@code
   * waitSeconds} for another audit to let go of it.
   */
  static Connection openForWriting(Path file, int waitSeconds, Properties extra) {
    if (Files.isDirectory(file)) {
      throw new StoreException(file + ": a folder, not a claim store file");
    }
    // a new store in a folder not made yet: made, as --out makes its folder (one that cannot be
    // made is reported by the open below, naming the store)
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.exists(folder)) {
      try {
        Files.createDirectories(folder);
      } catch (java.io.IOException | SecurityException e) {
        // the open fails and says so
      }
    }
    SQLiteConfig config = new SQLiteConfig(extra == null ? new Properties() : extra);
    config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, waitSeconds * 1000L));
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
    Connection db = null;
    try {
      db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
      int version = version(file, db);
      if (version > SCHEMA_VERSION) {
        throw newer(file, version);
      }
      if (version < SCHEMA_VERSION) {
        try (Statement s = db.createStatement()) {
          s.execute("PRAGMA journal_mode=WAL");
        }
      }
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA synchronous=NORMAL");
        // a larger page cache (64 MB, outside the Java heap) keeps the indexes' pages at hand
        // while a batch is written; sorts go in memory. Neither changes what a commit promises.
        s.execute("PRAGMA cache_size=-65536");
        s.execute("PRAGMA temp_store=MEMORY");
        // the WAL is copied back into the store every 64 MB rather than every 4 MB: fewer,
        // larger checkpoints; a commit is as durable as before
        s.execute("PRAGMA wal_autocheckpoint=16384");
      }
      db.setAutoCommit(false);
      if (version < SCHEMA_VERSION) {
        try (Statement s = db.createStatement()) {
          rebuildCopyBands(db);
          for (String sql : SCHEMA.split(";")) {
            if (!sql.isBlank()) {
              s.execute(sql);
            }
          }
          addMissingColumns(db);
          shareValuesAndFrames(db);
          s.execute("DELETE FROM tadqiq_schema");
          s.execute("INSERT INTO tadqiq_schema(version) VALUES (" + SCHEMA_VERSION + ")");
        }
        db.commit();
      }
      return db;
    } catch (SQLException e) {
      close(db);
      throw explain(file, e, waitSeconds);
    } catch (RuntimeException e) {
      close(db);
      throw e;
    }
  }

  /**
   * A second connection to a store an audit has open for writing, for the look-ups that decide
   * what is new while the writer's transaction is open: in WAL mode it reads what was committed,
   * without waiting for the writer.
   */
  /** A connection that reads and never writes, waiting for a writer as long as a writer does. */
  private static SQLiteConfig readOnly() {
    SQLiteConfig config = new SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(DEFAULT_WAIT_SECONDS * 1000);
    return config;
  }

  static Connection openForLookups(Path file) {
    SQLiteConfig config = readOnly();
    try {
      return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
    } catch (SQLException e) {
      throw explain(file, e, DEFAULT_WAIT_SECONDS);
    }
  }

  /** A connection that can only read, to a store of this version and nothing else. */
  static Connection openReadOnly(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new StoreException(file + ": no claim store there");
    }
    try {
      if (Files.size(file) == 0) {
        throw new StoreException(file + ": an empty file, not a Tadqiq claim store");
      }
    } catch (IOException e) {
      throw new StoreException(file + ": cannot read (" + e.getMessage() + ")");
    }
    SQLiteConfig config = readOnly();
    Connection db = null;
    try {
      try {
        db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
        version(file, db);
      } catch (SQLException e) {
        int code = e.getErrorCode() & 0xFF;
        if (code != 14 && code != 8) {
          throw e;
        }
        // a store on read-only media: SQLite cannot make the files it reads a WAL store with,
        // and nothing can change the store there, so it is read as immutable
        close(db);
        db = DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath().toUri().getRawPath()
            + "?immutable=1", config.toProperties());
      }
      int version = version(file, db);
      if (version == 0) {
        throw new StoreException(file + ": an SQLite database without tables, not a Tadqiq claim store");
      }
      if (version > SCHEMA_VERSION) {
        throw newer(file, version);
      }
      if (version < SCHEMA_VERSION) {
        throw new StoreException(file + ": a claim store of an older Tadqiq (schema " + version
            + "; this one reads " + SCHEMA_VERSION + "): upgrade it once with 'tadqiq audit --store "
            + file + "'");
      }
      return db;
    } catch (SQLException e) {
      close(db);
      throw explain(file, e, DEFAULT_WAIT_SECONDS);
    } catch (RuntimeException e) {
      close(db);
      throw e;
    }
  }

  /**
   * The schema version of the database: 0 when it has no tables at all, 1 for a store from before
   * the version table; anything else that has tables is no claim store and is refused.
   */
  private static int version(Path file, Connection db) throws SQLException {
    Set<String> tables = new TreeSet<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    if (tables.contains("tadqiq_schema")) {
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT MAX(version) FROM tadqiq_schema")) {
        int v = r.next() ? r.getInt(1) : 0;
        if (v < 1) {
          throw new StoreException(file + ": a claim store whose schema version is missing");
        }
        return v;
      }
    }
    if (tables.isEmpty()) {
      return 0;
    }
    if (tables.containsAll(VERSION_1_TABLES)) {
      return 1;
    }
    throw new StoreException(file + ": an SQLite database, but not a Tadqiq claim store (its tables: "
        + String.join(", ", tables.stream().limit(6).toList()) + (tables.size() > 6 ? ", …" : "")
        + "); refusing to touch it");
  }

  /** Columns a later schema added to a table an older store already has. */
  private static void addMissingColumns(Connection db) throws SQLException {
    Set<String> columns = columnsOf(db, "claims");
    try (Statement s = db.createStatement()) {
      for (String column : new String[] {"said_by", "said_by_key"}) {
        if (!columns.contains(column)) {
          s.execute("ALTER TABLE claims ADD COLUMN " + column + " TEXT");
        }
      }
    }
  }

  /**
   * A store of schema 3 kept its band keys in a table with an index beside it; they move to the
   * table schema 4 keeps, in the order they were stored (article by article, band by band), which
   * is the order a look-up reads them in.
   */
  private static void rebuildCopyBands(Connection db) throws SQLException {
    Set<String> columns = columnsOf(db, "copy_bands");
    if (columns.isEmpty() || columns.contains("article")) {
      return; // no band keys stored yet, or already in this schema's table
    }
    try (Statement s = db.createStatement()) {
      s.execute("DROP INDEX IF EXISTS copy_bands_key");
      s.execute("ALTER TABLE copy_bands RENAME TO copy_bands_before");
      for (String sql : SCHEMA.split(";")) {
        if (sql.contains("TABLE IF NOT EXISTS copy_bands(")) {
          s.execute(sql);
        }
      }
      s.execute("INSERT INTO copy_bands(band_key, article, band, source)"
          + " SELECT b.band_key, a.seq, ROW_NUMBER() OVER (PARTITION BY b.source ORDER BY b.rowid) - 1,"
          + " b.source FROM copy_bands_before b JOIN articles a ON a.source = b.source");
      s.execute("DROP TABLE copy_bands_before");
    }
  }

  /**
   * A store before schema 5 kept each claim's value and event frame as JSON in the claim's row:
   * each distinct one moves to {@code encodings} once, and the claim names it.
   */
  private static void shareValuesAndFrames(Connection db) throws SQLException {
    if (!columnsOf(db, "claims").contains("value_json")) {
      return;
    }
    try (Statement s = db.createStatement()) {
      s.execute("INSERT OR IGNORE INTO encodings(json) SELECT value_json FROM claims");
      s.execute("INSERT OR IGNORE INTO encodings(json) SELECT frame_json FROM claims"
          + " WHERE frame_json IS NOT NULL");
      s.execute("ALTER TABLE claims ADD COLUMN value_ref INTEGER");
      s.execute("ALTER TABLE claims ADD COLUMN frame_ref INTEGER");
      s.execute("UPDATE claims SET value_ref = (SELECT e.id FROM encodings e WHERE e.json = claims.value_json),"
          + " frame_ref = (SELECT e.id FROM encodings e WHERE e.json = claims.frame_json)");
      s.execute("ALTER TABLE claims DROP COLUMN value_json");
      s.execute("ALTER TABLE claims DROP COLUMN frame_json");
    }
  }

  /** The columns a table of the store has (none when the table is missing). */
  private static Set<String> columnsOf(Connection db, String table) throws SQLException {
    Set<String> columns = new java.util.HashSet<>();
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (r.next()) {
        columns.add(r.getString("name"));
      }
    }
    return columns;
  }

  private static StoreException newer(Path file, int version) {
    return new StoreException(file + ": a claim store of a newer Tadqiq (schema " + version
        + "; this one knows up to " + SCHEMA_VERSION + "): use that version");
  }

  /** What an SQLite failure on the store means, in one line naming the file. */
  static StoreException explain(Path file, SQLException e, int waitSeconds) {
    String detail = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    String what = switch (e.getErrorCode() & 0xFF) {
      case 5, 6 -> "the store is in use by another audit (still locked after " + waitSeconds
          + " s); run this one when it has finished, or wait longer with --wait";
      case 13 -> "the disk is full; the batch being written was not committed and the store is"
          + " as it was before it";
      case 11 -> "the store is corrupt (" + detail + "); restore it from a copy or audit into a"
          + " new store";
      case 26 -> "not an SQLite database, so not a Tadqiq claim store";
      case 8 -> "the store cannot be written (a read-only file or folder)";
      case 14 -> "the store cannot be opened (a missing folder, or no permission)";
      case 3, 23 -> "permission denied";
      case 10 -> "an I/O error on the store (" + detail + ")";
      default -> "the store failed (" + detail + ")";
    };
    return new StoreException(file + ": " + what, e);
  }

  private static void close(Connection db) {
    if (db != null) {
      try {
        db.close();
      } catch (SQLException e) {
        // already failing: the first failure is the one reported
      }
    }
  }
}
