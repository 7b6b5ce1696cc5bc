package org.tadqiq.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the extractor needs to know of each rule's pattern besides the pattern: the chars a match
 * can begin with ({@link FirstChars}) and its leading lookbehinds apart from the rest ({@link
 * LookbehindGuard}). Both come from reading the pattern into a tree — at start-up the costliest
 * part of building an extractor, for a result that only changes when the rules do. So they are
 * kept in a file beside the stamp of the checked rules ({@link RulesStamp}: its name holds the
 * hash of the rule files and of this code) and read back by the next run; a file that is missing,
 * unreadable or does not fit the rules is computed again (and written again).
 */
public final class RuleShapes {
  /** One rule's shape. */
  public record Shape(BitSet firstChars, LookbehindGuard.Split guard, FirstPrefixes prefixes) {}

  private RuleShapes() {}

  /** The shapes of {@code rules} in their order, from {@code file} when it holds them (null: no file). */
  public static List<Shape> of(List<CompiledRule> rules, Path file) {
    if (file != null) {
      List<Shape> kept = read(rules, file);
      if (kept != null) {
        return kept;
      }
    }
    List<Shape> shapes = compute(rules);
    if (file != null) {
      write(rules, shapes, file);
    }
    return shapes;
  }

  /** Each rule's pattern read into a tree once, for where it can begin and its leading lookbehinds. */
  static List<Shape> compute(List<CompiledRule> rules) {
    FirstChars first = new FirstChars();
    FirstPrefixes.Reader prefixes = new FirstPrefixes.Reader(first);
    List<Shape> out = new ArrayList<>(rules.size());
    for (CompiledRule r : rules) {
      RegexSyntax.Node root = RegexSyntax.parseOrNull(r.pattern());
      out.add(new Shape(first.of(r.pattern(), root), LookbehindGuard.of(r.pattern(), root),
          prefixes.of(r.pattern(), root)));
    }
    return out;
  }

  // one line per rule: id, length of the pattern, where the guard ends (-1: none), the first chars
  // as hex ranges ("*": any char), the first prefixes as hex keys, by length apart with ';' ("*":
  // none). The id and the length guard against a file of other rules.
  private static void write(List<CompiledRule> rules, List<Shape> shapes, Path file) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < rules.size(); i++) {
      Shape s = shapes.get(i);
      b.append(rules.get(i).id()).append('\t').append(rules.get(i).pattern().pattern().length())
          .append('\t').append(s.guard() == null ? -1 : s.guard().guard().pattern().length())
          .append('\t').append(ranges(s.firstChars()))
          .append('\t').append(keys(s.prefixes())).append('\n');
    }
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), ".shapes", ".tmp");
      Files.writeString(tmp, b, StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // not kept: the next run computes the shapes again
    }
  }

  /** The shapes kept in {@code file}, or null when it does not hold those of {@code rules}. */
  static List<Shape> read(List<CompiledRule> rules, Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return null;
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() != rules.size()) {
        return null;
      }
      List<Shape> out = new ArrayList<>(rules.size());
      for (int i = 0; i < rules.size(); i++) {
        String[] cell = lines.get(i).split("\t", -1);
        CompiledRule r = rules.get(i);
        String regex = r.pattern().pattern();
        if (cell.length != 5 || !cell[0].equals(r.id())
            || Integer.parseInt(cell[1]) != regex.length()) {
          return null;
        }
        int cut = Integer.parseInt(cell[2]);
        LookbehindGuard.Split guard = cut < 0 ? null : LookbehindGuard.at(r.pattern(), cut);
        if (cut >= 0 && guard == null) {
          return null;
        }
        out.add(new Shape(chars(cell[3]), guard, prefixes(cell[4])));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      return null; // computed again
    }
  }

  private static String ranges(BitSet chars) {
    if (chars == null) {
      return "*";
    }
    StringBuilder b = new StringBuilder();
    for (int from = chars.nextSetBit(0); from >= 0; ) {
      int to = chars.nextClearBit(from);
      b.append(b.length() == 0 ? "" : ",").append(Integer.toHexString(from)).append('-')
          .append(Integer.toHexString(to));
      from = chars.nextSetBit(to);
    }
    return b.toString();
  }

  private static String keys(FirstPrefixes prefixes) {
    if (prefixes == null) {
      return "*";
    }
    StringBuilder b = new StringBuilder();
    long[][] keys = prefixes.keys();
    for (int n = 0; n < keys.length; n++) {
      long[] ofLength = keys[n];
      b.append(n == 0 ? "" : ";");
      for (int i = 0; i < ofLength.length; i++) {
        b.append(i == 0 ? "" : ",").append(Long.toHexString(ofLength[i]));
      }
    }
    return b.toString();
  }

  private static FirstPrefixes prefixes(String keys) {
    if (keys.equals("*")) {
      return null;
    }
    List<long[]> byLength = new ArrayList<>();
    for (String ofLength : keys.split(";", -1)) {
      byLength.add(ofLength.isEmpty() ? new long[0]
          : java.util.Arrays.stream(ofLength.split(",")).mapToLong(k -> Long.parseUnsignedLong(k, 16))
              .toArray());
    }
    if (byLength.size() != FirstPrefixes.LENGTH) {
      throw new IllegalArgumentException("prefixes of " + byLength.size() + " lengths");
    }
    return FirstPrefixes.fromKeys(byLength);
  }

  private static BitSet chars(String ranges) {
    if (ranges.equals("*")) {
      return null;
    }
    BitSet out = new BitSet(0x10000);
    if (ranges.isEmpty()) {
      return out;
    }
    for (String range : ranges.split(",")) {
      int dash = range.indexOf('-');
      out.set(Integer.parseInt(range.substring(0, dash), 16), Integer.parseInt(range.substring(dash + 1), 16));
    }
    return out;
  }
}
