package org.tadqiq.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a rules folder is, as one checksum: every file under it (path and bytes) and the code that
 * checks rules. A loader that checked a folder whole (every pattern safe, every reference known)
 * leaves the hash in a cache folder; a later run that finds it knows the same files passed the same
 * checks, so it may skip them and build only the packs its texts need. Any edit of a rule file, or
 * a new build of the checks, gives another hash: the next load checks everything again. Rules stay
 * editable without a rebuild.
 */
public final class RulesStamp {
  /**
   * The classes whose bytes decide what "checked" means: the loader, the pattern checks and
   * everything they read rules with (a lexicon's forms are normalized text: the normalizer shapes
   * the regex that is checked), and what derives the data kept beside the stamp ({@link
   * RuleShapes}). A build that changes one of them invalidates every stamp.
   */
  private static final List<Class<?>> CHECKING_CODE = List.of(RuleBookLoader.class,
      PatternSafety.class, PatternCompiler.class, RegexSyntax.class, YamlFile.class, Specs.class,
      TsvTable.class, Lexicon.class, ScriptWords.class, TrieRegex.class, Countries.class,
      RuleShapes.class, FirstChars.class, FirstPrefixes.class, AtomChars.class, LookbehindGuard.class,
      org.tadqiq.text.TextNormalizer.class, org.tadqiq.text.NormalizedText.class);

  private final Path cacheDir;
  private final String hash;

  private RulesStamp(Path cacheDir, String hash) {
    this.cacheDir = cacheDir;
    this.hash = hash;
  }

  /** The stamp of {@code rulesDir}, kept in {@code cacheDir}; null when the folder cannot be read. */
  public static RulesStamp of(Path rulesDir, Path cacheDir) {
    try {
      return new RulesStamp(cacheDir, hash(rulesDir));
    } catch (IOException | UncheckedIOException e) {
      return null; // the load reads the folder again and says what is wrong with it
    }
  }

  /**
   * The cache folder of this user: {@code -Dtadqiq.cache=DIR}, else {@code $XDG_CACHE_HOME/tadqiq},
   * else {@code ~/.cache/tadqiq}.
   */
  public static Path defaultCacheDir() {
    String set = System.getProperty("tadqiq.cache");
    if (set != null && !set.isBlank()) {
      return Path.of(set);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank()) {
      return Path.of(xdg, "tadqiq");
    }
    return Path.of(System.getProperty("user.home"), ".cache", "tadqiq");
  }

  public String hash() {
    return hash;
  }

  /**
   * How many stamps (and their derived data) the cache keeps: every edit of a rule file makes a
   * new one, so the oldest go when a new one is written. One in use is touched, so it stays.
   */
  static final int STAMPS_KEPT = 16;

  /** Whether these very files passed the checks of this very code before. */
  public boolean checked() {
    boolean checked = Files.isRegularFile(file());
    if (checked) {
      try {
        Files.setLastModifiedTime(file(), java.nio.file.attribute.FileTime.fromMillis(
            System.currentTimeMillis()));
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        // a stamp that cannot be touched may be pruned early: it is only checked again
      }
    }
    return checked;
  }

  /**
   * Notes that the files passed the checks. A cache that cannot be written costs only the time of
   * checking again next run: it is never an error.
   */
  public void markChecked() {
    try {
      Files.createDirectories(file().getParent());
      Path tmp = Files.createTempFile(file().getParent(), ".stamp", ".tmp");
      Files.writeString(tmp, "rules checked by tadqiq\n");
      Files.move(tmp, file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not cached: the next run checks the rules again
    }
    prune();
  }

  /**
   * Deletes all but the {@link #STAMPS_KEPT} stamps used or written last, with their derived
   * folders. Best effort: what cannot be deleted stays, and costs only disk.
   */
  private void prune() {
    Path stamps = file().getParent();
    List<Path> all;
    try (Stream<Path> s = Files.list(stamps)) {
      all = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(java.util.Comparator.comparing(RulesStamp::modified).reversed()
              .thenComparing(Path::getFileName))
          .toList();
    } catch (IOException | UncheckedIOException | SecurityException e) {
      return;
    }
    for (Path old : all.subList(Math.min(STAMPS_KEPT, all.size()), all.size())) {
      if (old.getFileName().toString().equals(hash)) {
        continue;
      }
      try {
        Files.deleteIfExists(old);
        deleteTree(cacheDir.resolve("derived").resolve(old.getFileName().toString()));
      } catch (IOException | UncheckedIOException | SecurityException e) {
        // left for the next prune
      }
    }
  }

  private static java.nio.file.attribute.FileTime modified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (IOException e) {
      return java.nio.file.attribute.FileTime.fromMillis(0);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Where data derived from these files is kept (a folder of this stamp's own; it may not exist). */
  public Path derivedDir() {
    return cacheDir.resolve("derived").resolve(hash);
  }

  private Path file() {
    return cacheDir.resolve("checked-rules").resolve(hash);
  }

  // Two checksums (CRC-32 and Adler-32, 64 bits) rather than a cryptographic digest: the JDK
  // computes both in native code, where SHA-256 runs in the still-cold interpreter (38 of 756
  // samples of a whole check of the seeds). The stamp guards against edits, not against an attacker
  // who can write the cache folder anyway.
  private static String hash(Path rulesDir) throws IOException {
    Checksums d = new Checksums();
    List<Path> files;
    try (Stream<Path> s = Files.walk(rulesDir)) {
      files = s.filter(Files::isRegularFile)
          .sorted((a, b) -> rulesDir.relativize(a).toString().compareTo(rulesDir.relativize(b).toString()))
          .toList();
    }
    for (Path f : files) {
      // the name and the length before the bytes: no two folders hash alike by shifting a boundary
      byte[] bytes = Files.readAllBytes(f);
      d.update(rulesDir.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      d.update((byte) 0);
      d.update(Long.toString(bytes.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      d.update((byte) 0);
      d.update(bytes);
    }
    for (Class<?> c : CHECKING_CODE) {
      try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        if (in == null) {
          throw new IOException("no class file for " + c.getName());
        }
        d.update(in.readAllBytes());
      }
    }
    return d.hex();
  }

  /** CRC-32 and Adler-32 of the same bytes, with their count. */
  private static final class Checksums {
    private final java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    private final java.util.zip.Adler32 adler = new java.util.zip.Adler32();
    private long count;

    void update(byte[] bytes) {
      crc.update(bytes);
      adler.update(bytes);
      count += bytes.length;
    }

    void update(byte b) {
      crc.update(b);
      adler.update(b);
      count++;
    }

    String hex() {
      return HexFormat.of().toHexDigits((int) crc.getValue()) + HexFormat.of().toHexDigits((int) adler.getValue())
          + "-" + Long.toHexString(count);
    }
  }
}
