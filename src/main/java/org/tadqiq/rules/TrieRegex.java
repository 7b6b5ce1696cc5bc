package org.tadqiq.rules;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a list of literal forms as one regex shaped like a trie ("قمة|قمتين" → "قم(?:ة|تين)"), so
 * that java.util.regex rejects a wrong start after one character per level instead of trying
 * every form in turn: a gazetteer of thousands of names costs what a short list does. At every
 * node a longer form is tried before a shorter one (longest match first), a space stands for one
 * or more white-space characters, and every other character is matched literally.
 */
final class TrieRegex {
  private TrieRegex() {}

  private static final class Node {
    final Map<Character, Node> children = new TreeMap<>();
    boolean end;
  }

  /** The trie regex of the forms, or null when there are none. */
  static String of(List<String> forms) {
    Node root = new Node();
    for (String f : forms) {
      Node n = root;
      for (int i = 0; i < f.length(); i++) {
        n = n.children.computeIfAbsent(f.charAt(i), c -> new Node());
      }
      n.end = true;
    }
    if (root.children.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    write(root, b);
    return b.toString();
  }

  private static void write(Node n, StringBuilder b) {
    // a chain of single children is written flat: "كوالالمبور" is not ten nested groups
    if (n.children.size() == 1 && !n.end) {
      Map.Entry<Character, Node> only = n.children.entrySet().iterator().next();
      literal(only.getKey(), b);
      write(only.getValue(), b);
      return;
    }
    if (n.children.isEmpty()) {
      return;
    }
    // Children that end a form and carry a caseless letter or digit are written as one character
    // class ("قم(?:ة|ا)" → "قم[ةا]"): java.util.regex gives every group, capturing or not, a slot
    // that each try clears (Matcher.reset), and the gazetteers have thousands of such nodes. The
    // children of a node begin with different chars, so at most one of them can match and their
    // order does not matter; caseless chars only, so a case-insensitive trie matches as before.
    StringBuilder leaves = new StringBuilder();
    int others = 0;
    for (Map.Entry<Character, Node> e : n.children.entrySet()) {
      if (classable(e.getKey(), e.getValue())) {
        leaves.append(e.getKey());
      } else {
        others++;
      }
    }
    if (others == 0) {
      // no group at all: "[ةا]" or, when the node ends a form too, "[ةا]?"
      cls(leaves, b);
      if (n.end) {
        b.append('?');
      }
      return;
    }
    b.append("(?:");
    boolean first = true;
    if (leaves.length() > 0) {
      cls(leaves, b);
      first = false;
    }
    for (Map.Entry<Character, Node> e : n.children.entrySet()) {
      if (classable(e.getKey(), e.getValue())) {
        continue;
      }
      if (!first) {
        b.append('|');
      }
      first = false;
      literal(e.getKey(), b);
      write(e.getValue(), b);
    }
    b.append(')');
    if (n.end) {
      b.append('?');
    }
  }

  private static boolean classable(char c, Node child) {
    return child.children.isEmpty() && Character.isLetterOrDigit(c)
        && Character.toUpperCase(c) == c && Character.toLowerCase(c) == c
        && Character.toTitleCase(c) == c && !Character.isSurrogate(c);
  }

  private static void cls(CharSequence chars, StringBuilder b) {
    if (chars.length() == 1) {
      b.append(chars.charAt(0));
    } else {
      b.append('[').append(chars).append(']');
    }
  }

  private static void literal(char c, StringBuilder b) {
    if (c == ' ') {
      b.append("\\s+");
    } else if (Character.isLetterOrDigit(c)) {
      b.append(c);
    } else if (c < 128) {
      b.append('\\').append(c);
    } else {
      b.append(java.util.regex.Pattern.quote(String.valueOf(c)));
    }
  }
}
