package org.tadqiq.align;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.tadqiq.extract.ExtractedSource;

/**
 * Finds republished copies of one dispatch: texts most of whose word shingles the other holds too
 * (MinHash of 5-word shingles, Lucene's MinHashFilter; candidates by banding, so no all-pairs
 * comparison). Containment, not overlap, decides: a site that carries a wire story adds its own
 * headline, menus and related links, and may cut the story short.
 * Copies count once when sources are counted as corroboration, and a disagreement between two
 * copies is a copying difference, not two outlets disagreeing.
 */
public final class CopyGroups {
  /** Words per shingle: long enough that two independent reports rarely share one. */
  private static final int SHINGLE = 5;
  private static final int HASHES = 128;
  /** Bands of the signature; two texts that agree on a whole band are candidates. */
  public static final int BANDS = 32;
  /** Estimated share of shingles two copies of one dispatch share, at least. */
  private final double threshold;

  public CopyGroups(double threshold) {
    this.threshold = threshold;
  }

  /** The measure the rules set ({@code copy_similarity} in policies.yaml). */
  /** The dispatch a source belongs to in {@code groups} (source id → group): its group, or itself. */
  public static String dispatchOf(Map<String, String> groups, String source) {
    return groups.getOrDefault(source, source);
  }

  /** How many independent sources {@code sources} are: copies of one dispatch count once. */
  public static long independent(Map<String, String> groups, java.util.Collection<String> sources) {
    return sources.stream().map(id -> dispatchOf(groups, id)).distinct().count();
  }

  public static CopyGroups of(org.tadqiq.rules.CommonData common) {
    return new CopyGroups(common.policies().copySimilarity());
  }

  /** The fingerprint of a source's text; null for one unreadable, blank or too short. */
  public static Fingerprint fingerprint(org.tadqiq.ingest.Source s) {
    return s.readable() && !s.text().isBlank() ? fingerprint(s.text()) : null;
  }

  /**
   * A text's MinHash signature (one 64-bit hash per bucket) and its number of shingles: all that
   * deciding whether two texts are copies needs, small enough to keep for every article of an
   * archive.
   */
  public record Fingerprint(long[] hashes, int shingles) {
    public Fingerprint {
      if (hashes.length != HASHES) {
        throw new IllegalArgumentException("a fingerprint has " + HASHES + " hashes, not " + hashes.length);
      }
    }

    /** The hashes as bytes, to store. */
    public byte[] bytes() {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(HASHES * Long.BYTES);
      for (long h : hashes) {
        b.putLong(h);
      }
      return b.array();
    }

    /** A stored fingerprint back from {@link #bytes()}. */
    public static Fingerprint of(byte[] bytes, int shingles) {
      java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
      long[] h = new long[bytes.length / Long.BYTES];
      for (int i = 0; i < h.length; i++) {
        h[i] = b.getLong();
      }
      return new Fingerprint(h, shingles);
    }

    /**
     * One key per band (32 bands of 4 hashes): two texts that share a key are candidates
     * (texts whose signatures agree on a whole band), so candidates come from a look-up, never from
     * comparing every pair.
     */
    public long[] bandKeys() {
      int rows = HASHES / BANDS;
      long[] keys = new long[BANDS];
      for (int band = 0; band < BANDS; band++) {
        long k = band * 0x9E3779B97F4A7C15L;
        for (int r = 0; r < rows; r++) {
          k = (k ^ hashes[band * rows + r]) * 0xBF58476D1CE4E5B9L;
          k ^= k >>> 31;
        }
        keys[band] = k;
      }
      return keys;
    }

  }

  /** Whether two fingerprinted texts are copies of one dispatch (see the class comment). */
  public boolean copies(Fingerprint a, Fingerprint b) {
    return containment(similarity(a.hashes(), b.hashes()), a.shingles(), b.shingles()) >= threshold;
  }

  /** source id → the id of its copy group (its first member's id), for sources that have copies. */
  public Map<String, String> find(List<ExtractedSource> sources) {
    List<String> ids = new ArrayList<>();
    List<Fingerprint> prints = new ArrayList<>();
    for (ExtractedSource e : sources) {
      Fingerprint f = fingerprint(e.source());
      if (f != null) {
        ids.add(e.source().id());
        prints.add(f);
      }
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    List<long[]> keys = prints.stream().map(Fingerprint::bandKeys).toList();
    for (int band = 0; band < BANDS; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < prints.size(); i++) {
        buckets.computeIfAbsent(keys.get(i)[band], k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 1; x < bucket.size(); x++) {
          int a = bucket.get(0);
          int b = bucket.get(x);
          if (find(parent, a) != find(parent, b) && copies(prints.get(a), prints.get(b))) {
            parent[find(parent, b)] = find(parent, a);
          }
        }
      }
    }
    Map<Integer, TreeSet<String>> groups = new TreeMap<>();
    for (int i = 0; i < ids.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new TreeSet<>()).add(ids.get(i));
    }
    Map<String, String> out = new TreeMap<>();
    for (TreeSet<String> g : groups.values()) {
      if (g.size() > 1) {
        g.forEach(id -> out.put(id, g.first()));
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /**
   * The share of the smaller text's shingles the other holds, from the two texts' estimated
   * Jaccard similarity and their numbers of shingles.
   */
  static double containment(double jaccard, int a, int b) {
    double shared = jaccard * (a + b) / (1 + jaccard);
    return Math.min(1, shared / Math.max(1, Math.min(a, b)));
  }

  /** The share of signature positions two texts agree on: an estimate of their shingles' Jaccard. */
  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return (double) same / a.length;
  }

  /** The fingerprint of a text's 5-word shingles; null for a text too short to have any. */
  public static Fingerprint fingerprint(String text) {
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String[] split = words.split(" ");
    if (split.length < SHINGLE) {
      return null;
    }
    try (Analyzer analyzer = new ShingleMinHash();
        TokenStream ts = analyzer.tokenStream("text", new StringReader(words))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      long[] hashes = new long[HASHES];
      int n = 0;
      while (ts.incrementToken()) {
        if (n < HASHES) {
          hashes[n] = hash64(term);
        }
        n++;
      }
      ts.end();
      return n == HASHES ? new Fingerprint(hashes, split.length - SHINGLE + 1) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A 64-bit hash of one MinHash term (equal terms, equal hashes; the terms are hashes already). */
  private static long hash64(CharSequence term) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < term.length(); i++) {
      h = (h ^ term.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }

  /** Words → 5-word shingles → one minimum hash per bucket (128 buckets, rotation fills empties). */
  private static final class ShingleMinHash extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new WhitespaceTokenizer();
      ShingleFilter shingles = new ShingleFilter(words, SHINGLE, SHINGLE);
      shingles.setOutputUnigrams(false);
      TokenStream hashes = new MinHashFilter(shingles, 1, HASHES, 1, true);
      return new TokenStreamComponents(words, hashes);
    }
  }
}
