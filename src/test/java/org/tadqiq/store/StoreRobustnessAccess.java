package org.tadqiq.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/** What the fuzz suite needs from inside the store package: a store with a full disk, its rows. */
public final class StoreRobustnessAccess {
  private StoreRobustnessAccess() {}

  public static String dump(Path db) throws SQLException {
    return StoreRobustnessTest.dump(db);
  }

  /** The rows a batch writes (articles, claims, facets): all of a batch or none of it. */
  public static String batchTables(Path db) throws SQLException {
    return StoreRobustnessTest.dump(db, java.util.Set.of("articles", "claims", "facets"));
  }

  public static long pages(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        ResultSet r = c.createStatement().executeQuery("PRAGMA page_count")) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /**
   * An audit of {@code in} into {@code db}, in one batch, with these SQLite settings (a page cap:
   * a full disk); null settings for none.
   */
  public static void audit(Audit audit, Path db, Properties sqlite, Path in) throws SQLException {
    try (ClaimStore s = ClaimStore.open(db, 1, sqlite)) {
      audit.run(s, List.of(in), p -> {}, x -> {}, new AtomicBoolean());
    }
  }
}
