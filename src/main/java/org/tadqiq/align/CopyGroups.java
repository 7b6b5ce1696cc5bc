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
  private static final int BANDS = 32;
  /** Estimated share of shingles two copies of one dispatch share, at least. */
  private final double threshold;

  public CopyGroups(double threshold) {
    this.threshold = threshold;
  }

  /** source id → the id of its copy group (its first member's id), for sources that have copies. */
  public Map<String, String> find(List<ExtractedSource> sources) {
    List<String> ids = new ArrayList<>();
    List<String[]> signatures = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (ExtractedSource e : sources) {
      if (e.source().readable() && !e.source().text().isBlank()) {
        String[] sig = signature(e.source().text());
        if (sig != null) {
          ids.add(e.source().id());
          signatures.add(sig);
          sizes.add(shingles(e.source().text()));
        }
      }
    }
    int[] parent = new int[ids.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    int rows = HASHES / BANDS;
    for (int band = 0; band < BANDS; band++) {
      Map<String, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < signatures.size(); i++) {
        StringBuilder key = new StringBuilder();
        for (int r = 0; r < rows; r++) {
          key.append(signatures.get(i)[band * rows + r]).append('\u0000');
        }
        buckets.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 1; x < bucket.size(); x++) {
          int a = bucket.get(0);
          int b = bucket.get(x);
          if (find(parent, a) != find(parent, b) && containment(
              similarity(signatures.get(a), signatures.get(b)), sizes.get(a), sizes.get(b))
              >= threshold) {
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

  private static int shingles(String text) {
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    return Math.max(0, words.split(" ").length - SHINGLE + 1);
  }

  /** The share of signature positions two texts agree on: an estimate of their shingles' Jaccard. */
  static double similarity(String[] a, String[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      same += a[i].equals(b[i]) ? 1 : 0;
    }
    return (double) same / a.length;
  }

  /** The MinHash signature of a text's 5-word shingles; null for a text too short to have any. */
  static String[] signature(String text) {
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    if (words.split(" ").length < SHINGLE) {
      return null;
    }
    try (Analyzer analyzer = new ShingleMinHash();
        TokenStream ts = analyzer.tokenStream("text", new StringReader(words))) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      List<String> hashes = new ArrayList<>(HASHES);
      while (ts.incrementToken()) {
        hashes.add(term.toString());
      }
      ts.end();
      return hashes.size() == HASHES ? hashes.toArray(new String[0]) : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
