package org.tadqiq.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A java.util.regex pattern read into a tree, with the source range of every part, so that a
 * pattern can be judged ({@link PatternSafety}) and rewritten ({@link #boundLookbehinds}) without
 * guessing at its text. In a rule pattern ({@code rulePattern}) {@code {NAME}} is a reference, a
 * space means one or more white-space characters and {@code ~} optional ones, as the rule compiler
 * reads them.
 */
public final class RegexSyntax {
  /** Unbounded repetition. */
  public static final int MANY = -1;

  /** A part of a pattern. */
  public sealed interface Node permits Atom, Ref, Seq, Alt, Repeat, Group, Empty {}

  /** One character from a set: a literal, a class, an escape such as \s, or a dot. */
  public record Atom(String source, int flags, int start, int end) implements Node {}

  /** {@code {NAME}} or {@code {NAME:slot}} in a rule pattern. */
  public record Ref(String name, int start, int end) implements Node {}

  public record Seq(List<Node> items) implements Node {}

  public record Alt(List<Node> options) implements Node {}

  /**
   * A quantified part; {@code max} is {@link #MANY} when unbounded; {@code mode} is 'g' (greedy),
   * 'l' (lazy) or 'p' (possessive); the quantifier itself is at [quantStart, quantEnd) of the
   * source ({@code implicit} when the rule compiler adds it for a space).
   */
  public record Repeat(Node body, int min, int max, char mode, int start, int end, int quantStart,
      int quantEnd, boolean implicit) implements Node {}

  /** What a group does. */
  public enum Kind { PLAIN, ATOMIC, AHEAD, NOT_AHEAD, BEHIND, NOT_BEHIND }

  public record Group(Node body, Kind kind, int start, int end) implements Node {
    public boolean lookbehind() {
      return kind == Kind.BEHIND || kind == Kind.NOT_BEHIND;
    }
  }

  /** Matches no character: an anchor, a boundary, a back reference, a flag setting. */
  public record Empty(int start) implements Node {}

  /** A pattern this reader cannot follow (java.util.regex would reject it too). */
  public static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message, int at) {
      super(message + " at " + at);
    }
  }

  private final String src;
  private final boolean rulePattern;
  private int pos;

  private RegexSyntax(String src, boolean rulePattern) {
    this.src = src;
    this.rulePattern = rulePattern;
  }

  /** A compiled pattern's tree, or null when this reader cannot follow it. */
  public static Node parseOrNull(java.util.regex.Pattern pattern) {
    try {
      return parse(pattern.pattern(), pattern.flags());
    } catch (SyntaxError e) {
      return null;
    }
  }

  /** A plain java.util.regex pattern with its flags (e.g. a furniture marker). */
  public static Node parse(String regex, int flags) {
    return new RegexSyntax(regex, false).parseAll(flags);
  }

  /** A rule pattern: {NAME} references, spaces and {@code ~} as the rule compiler reads them. */
  public static Node parseRulePattern(String pattern) {
    return new RegexSyntax(pattern, true).parseAll(0);
  }

  private Node parseAll(int flags) {
    int[] f = {flags};
    Node n = alternation(f);
    if (pos < src.length()) {
      throw new SyntaxError("unbalanced ')'", pos);
    }
    return n;
  }

  private Node alternation(int[] flags) {
    List<Node> options = new ArrayList<>();
    options.add(sequence(flags));
    while (pos < src.length() && src.charAt(pos) == '|') {
      pos++;
      options.add(sequence(flags));
    }
    return options.size() == 1 ? options.get(0) : new Alt(options);
  }

  private Node sequence(int[] flags) {
    List<Node> items = new ArrayList<>();
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '|' || c == ')') {
        break;
      }
      if ((flags[0] & Pattern.COMMENTS) != 0 && (Character.isWhitespace(c) || c == '#')) {
        skipComment(c);
        continue;
      }
      int start = pos;
      Node atom = atom(flags);
      if (atom == null) {
        continue;
      }
      items.add(quantified(atom, start, flags));
    }
    return items.size() == 1 ? items.get(0) : new Seq(items);
  }

  private void skipComment(char c) {
    if (c == '#') {
      while (pos < src.length() && src.charAt(pos) != '\n') {
        pos++;
      }
    } else {
      pos++;
    }
  }

  private Node quantified(Node atom, int start, int[] flags) {
    Node n = atom;
    while (pos < src.length()) {
      int qStart = pos;
      char c = src.charAt(pos);
      int min;
      int max;
      if (c == '*' || c == '+' || c == '?') {
        min = c == '+' ? 1 : 0;
        max = c == '?' ? 1 : MANY;
        pos++;
      } else if (c == '{' && isQuantifierBrace(pos)) {
        int close = src.indexOf('}', pos);
        String body = src.substring(pos + 1, close);
        int comma = body.indexOf(',');
        try {
          min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
          max = comma < 0 ? min
              : body.substring(comma + 1).isBlank() ? MANY : Integer.parseInt(body.substring(comma + 1).strip());
        } catch (NumberFormatException e) {
          throw new SyntaxError("a repetition count too large", pos);
        }
        pos = close + 1;
      } else {
        return n;
      }
      char mode = 'g';
      if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
        mode = src.charAt(pos) == '?' ? 'l' : 'p';
        pos++;
      }
      n = new Repeat(n, min, max, mode, start, pos, qStart, pos, false);
    }
    return n;
  }

  private boolean isQuantifierBrace(int at) {
    int close = src.indexOf('}', at);
    return close > at + 1 && src.substring(at + 1, close).matches("\\s*\\d+\\s*(,\\s*\\d*\\s*)?");
  }

  private Node atom(int[] flags) {
    int start = pos;
    char c = src.charAt(pos);
    if (rulePattern && (c == ' ' || c == '~')) {
      pos++;
      return new Repeat(new Atom("\\s", flags[0], start, pos), c == ' ' ? 1 : 0, MANY, 'g', start,
          pos, start, pos, true);
    }
    if (rulePattern && c == '{' && !isQuantifierBrace(pos)) {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw new SyntaxError("unclosed '{'", pos);
      }
      String name = src.substring(pos + 1, close);
      int colon = name.indexOf(':');
      pos = close + 1;
      return new Ref(colon < 0 ? name : name.substring(0, colon), start, pos);
    }
    switch (c) {
      case '(':
        return group(flags);
      case '[':
        pos = classEnd(pos);
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case '.':
        pos++;
        return new Atom(".", flags[0], start, pos);
      case '^':
      case '$':
        pos++;
        return new Empty(start);
      case '\\':
        return escape(flags);
      case '*':
      case '+':
      case '?':
        throw new SyntaxError("a quantifier with nothing before it", pos);
      default:
        int cp = src.codePointAt(pos);
        pos += Character.charCount(cp);
        return new Atom(literal(cp), flags[0], start, pos);
    }
  }

  private static String literal(int cp) {
    return "\\x{" + Integer.toHexString(cp) + "}";
  }

  private Node group(int[] flags) {
    int start = pos;
    pos++; // (
    Kind kind = Kind.PLAIN;
    int[] inner = {flags[0]};
    if (src.startsWith("?", pos)) {
      if (src.startsWith("?:", pos)) {
        pos += 2;
      } else if (src.startsWith("?=", pos)) {
        kind = Kind.AHEAD;
        pos += 2;
      } else if (src.startsWith("?!", pos)) {
        kind = Kind.NOT_AHEAD;
        pos += 2;
      } else if (src.startsWith("?<=", pos)) {
        kind = Kind.BEHIND;
        pos += 3;
      } else if (src.startsWith("?<!", pos)) {
        kind = Kind.NOT_BEHIND;
        pos += 3;
      } else if (src.startsWith("?>", pos)) {
        kind = Kind.ATOMIC;
        pos += 2;
      } else if (src.startsWith("?<", pos)) {
        int close = src.indexOf('>', pos);
        if (close < 0) {
          throw new SyntaxError("unclosed group name", pos);
        }
        pos = close + 1;
      } else {
        // inline flags: (?idmsuxU-idmsuxU) for the rest of the group, or (?flags:...)
        int end = pos + 1;
        while (end < src.length() && "idmsuxU-c".indexOf(src.charAt(end)) >= 0) {
          end++;
        }
        if (end >= src.length()) {
          throw new SyntaxError("unclosed group", start);
        }
        int set = flagsOf(src.substring(pos + 1, end), flags[0]);
        if (src.charAt(end) == ')') {
          pos = end + 1;
          flags[0] = set;
          return new Empty(start);
        }
        if (src.charAt(end) != ':') {
          throw new SyntaxError("unknown group", start);
        }
        inner[0] = set;
        pos = end + 1;
      }
    }
    Node body = alternation(inner);
    if (pos >= src.length() || src.charAt(pos) != ')') {
      throw new SyntaxError("unclosed group", start);
    }
    pos++;
    return new Group(body, kind, start, pos);
  }

  private static int flagsOf(String spec, int flags) {
    boolean on = true;
    int f = flags;
    for (char c : spec.toCharArray()) {
      int bit = switch (c) {
        case 'i' -> Pattern.CASE_INSENSITIVE;
        case 'd' -> Pattern.UNIX_LINES;
        case 'm' -> Pattern.MULTILINE;
        case 's' -> Pattern.DOTALL;
        case 'u' -> Pattern.UNICODE_CASE;
        case 'x' -> Pattern.COMMENTS;
        case 'U' -> Pattern.UNICODE_CHARACTER_CLASS;
        default -> 0;
      };
      if (c == '-') {
        on = false;
      } else {
        f = on ? f | bit : f & ~bit;
      }
    }
    return f;
  }

  private Node escape(int[] flags) {
    int start = pos;
    if (pos + 1 >= src.length()) {
      throw new SyntaxError("a pattern ending in '\\'", pos);
    }
    char e = src.charAt(pos + 1);
    pos += 2;
    switch (e) {
      case 'Q': {
        int close = src.indexOf("\\E", pos);
        String quoted = close < 0 ? src.substring(pos) : src.substring(pos, close);
        List<Node> chars = new ArrayList<>();
        int at = pos;
        for (int i = 0; i < quoted.length(); ) {
          int cp = quoted.codePointAt(i);
          int n = Character.charCount(cp);
          chars.add(new Atom(literal(cp), flags[0], at + i, at + i + n));
          i += n;
        }
        pos = close < 0 ? src.length() : close + 2;
        return chars.isEmpty() ? new Empty(start) : chars.size() == 1 ? chars.get(0) : new Seq(chars);
      }
      case 'b':
        if (src.startsWith("{g}", pos)) {
          pos += 3;
        }
        return new Empty(start);
      case 'B':
      case 'A':
      case 'G':
      case 'Z':
      case 'z':
        return new Empty(start);
      case 'k': {
        int close = src.indexOf('>', pos);
        pos = close < 0 ? src.length() : close + 1;
        return new Empty(start); // a back reference: matches what its group matched
      }
      case 'p':
      case 'P':
        if (pos < src.length() && src.charAt(pos) == '{') {
          int close = src.indexOf('}', pos);
          if (close < 0) {
            throw new SyntaxError("unclosed \\p{", pos);
          }
          pos = close + 1;
        } else {
          pos++;
        }
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case 'x':
        if (pos < src.length() && src.charAt(pos) == '{') {
          pos = src.indexOf('}', pos) + 1;
        } else {
          pos += 2;
        }
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case 'u':
        pos += 4;
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case 'N': {
        int close = src.indexOf('}', pos);
        pos = close < 0 ? src.length() : close + 1;
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      }
      case 'c':
        pos++;
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case '0':
        while (pos < src.length() && pos - start < 5 && src.charAt(pos) >= '0' && src.charAt(pos) <= '7') {
          pos++;
        }
        return new Atom(src.substring(start, pos), flags[0], start, pos);
      case 'R':
      case 'X':
        // a line break (\r\n or one of several) or a grapheme: one or two characters
        return new Repeat(new Atom(e == 'R' ? "[\\n\\r\\u0085\\u2028\\u2029\\u000B\\u000C]" : ".",
            flags[0] | Pattern.DOTALL, start, pos), 1, 2, 'g', start, pos, start, pos, true);
      default:
        if (e >= '1' && e <= '9') {
          while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
          }
          return new Empty(start); // a back reference
        }
        return new Atom(src.substring(start, pos), flags[0], start, pos);
    }
  }

  /** The position after the character class that starts at {@code at}. */
  private int classEnd(int at) {
    int i = at + 1;
    int depth = 1;
    if (i < src.length() && src.charAt(i) == '^') {
      i++;
    }
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\') {
        if (src.startsWith("Q", i + 1)) {
          int close = src.indexOf("\\E", i + 2);
          i = close < 0 ? src.length() : close + 2;
          continue;
        }
        i += 2;
        continue;
      }
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    throw new SyntaxError("unclosed character class", at);
  }

  /**
   * The regex with every unbounded repetition inside a lookbehind given a maximum of {@code max}:
   * java.util.regex accepts {@code (?<!a\s+)} and then scans back to the start of the text at
   * every try, which makes matching quadratic in the text's length. One pass over the text (the
   * compiled rules run to hundreds of kilobytes of word alternations), no tree.
   */
  public static String boundLookbehinds(String regex, int max) {
    if (!regex.contains("(?<=") && !regex.contains("(?<!")) {
      return regex;
    }
    StringBuilder out = null;
    java.util.ArrayDeque<Boolean> groups = new java.util.ArrayDeque<>(); // is it a lookbehind?
    int behind = 0;
    boolean afterAtom = false; // a quantifier here repeats something (else it modifies one)
    int copied = 0;
    int i = 0;
    int n = regex.length();
    while (i < n) {
      char c = regex.charAt(i);
      if (c == '\\') {
        int end = escapeEnd(regex, i);
        i = end;
        afterAtom = true;
        continue;
      }
      if (c == '[') {
        try {
          i = new RegexSyntax(regex, false).classEnd(i);
        } catch (SyntaxError e) {
          return regex; // java.util.regex will report it
        }
        afterAtom = true;
        continue;
      }
      if (c == '(') {
        boolean lookbehind = regex.startsWith("(?<=", i) || regex.startsWith("(?<!", i);
        groups.push(lookbehind);
        behind += lookbehind ? 1 : 0;
        i += lookbehind ? 4 : 1;
        afterAtom = false;
        continue;
      }
      if (c == ')') {
        if (!groups.isEmpty() && groups.pop()) {
          behind--;
        }
        i++;
        afterAtom = true;
        continue;
      }
      boolean star = c == '*' || c == '+';
      int[] brace = c == '{' && afterAtom ? brace(regex, i) : null; // {min, max or -1, end}
      if (behind > 0 && afterAtom && (star || brace != null && brace[1] == MANY)) {
        if (out == null) {
          out = new StringBuilder(regex.length() + 16);
        }
        out.append(regex, copied, i);
        int end = star ? i + 1 : brace[2];
        int min = star ? (c == '*' ? 0 : 1) : brace[0];
        out.append('{').append(min).append(',').append(Math.max(min, max)).append('}');
        copied = end;
        i = end;
        afterAtom = false; // what follows (?, +) modifies this quantifier
        continue;
      }
      if (brace != null) {
        i = brace[2];
        afterAtom = false;
        continue;
      }
      afterAtom = !(star || c == '?' || c == '|');
      i++;
    }
    if (out == null) {
      return regex;
    }
    return out.append(regex, copied, n).toString();
  }

  /** The repetition {n}, {n,} or {n,m} at {@code i} as {min, max or MANY, end}, or null. */
  private static int[] brace(String regex, int i) {
    int close = regex.indexOf('}', i);
    if (close < 0 || close - i > 24) {
      return null;
    }
    String body = regex.substring(i + 1, close);
    if (!body.matches("\\s*\\d{1,9}\\s*(,\\s*\\d{0,9}\\s*)?")) {
      return null;
    }
    int comma = body.indexOf(',');
    int min = Integer.parseInt((comma < 0 ? body : body.substring(0, comma)).strip());
    int max = comma < 0 ? min : body.substring(comma + 1).isBlank() ? MANY
        : Integer.parseInt(body.substring(comma + 1).strip());
    return new int[] {min, max, close + 1};
  }

  /** The position after the escape that starts at {@code i}. */
  private static int escapeEnd(String regex, int i) {
    if (i + 1 >= regex.length()) {
      return regex.length();
    }
    char e = regex.charAt(i + 1);
    if (e == 'Q') {
      int close = regex.indexOf("\\E", i + 2);
      return close < 0 ? regex.length() : close + 2;
    }
    if ((e == 'p' || e == 'P' || e == 'x' || e == 'N' || e == 'k')
        && i + 2 < regex.length() && (regex.charAt(i + 2) == '{' || regex.charAt(i + 2) == '<')) {
      int close = regex.indexOf(regex.charAt(i + 2) == '{' ? '}' : '>', i + 2);
      return close < 0 ? regex.length() : close + 1;
    }
    return i + 2;
  }

  static void collectUnboundedInLookbehinds(Node n, boolean inside, List<Repeat> out) {
    if (n instanceof Repeat r) {
      if (inside && r.max() == MANY) {
        out.add(r);
      }
      collectUnboundedInLookbehinds(r.body(), inside, out);
    } else if (n instanceof Group g) {
      collectUnboundedInLookbehinds(g.body(), inside || g.lookbehind(), out);
    } else if (n instanceof Seq s) {
      s.items().forEach(i -> collectUnboundedInLookbehinds(i, inside, out));
    } else if (n instanceof Alt a) {
      a.options().forEach(o -> collectUnboundedInLookbehinds(o, inside, out));
    }
  }
}
