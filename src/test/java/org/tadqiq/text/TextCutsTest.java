package org.tadqiq.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cuts fall between user-perceived characters: never inside an emoji, a flag or a letter's marks. */
class TextCutsTest {
  private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 👨‍👩‍👧
  private static final String FLAG = "\uD83C\uDDF8\uD83C\uDDE6"; // 🇸🇦
  private static final String SHADDA_FATHA = "\u0628\u0651\u064E"; // بَّ

  @Test
  void everyCutOfAMixedTextKeepsClustersWhole() {
    String text = "ab" + FAMILY + "c" + FLAG + "d" + SHADDA_FATHA + "e";
    for (int i = 0; i <= text.length(); i++) {
      assertThat(whole(text.substring(0, TextCuts.atOrBefore(text, i)), text)).isTrue();
      assertThat(whole(text.substring(0, TextCuts.atOrAfter(text, i)), text)).isTrue();
      assertThat(TextCuts.atOrBefore(text, i)).isLessThanOrEqualTo(i);
      assertThat(TextCuts.atOrAfter(text, i)).isGreaterThanOrEqualTo(i);
    }
    assertThat(TextCuts.prefix(text, 4)).isEqualTo("ab");
    assertThat(TextCuts.prefix(text, 10)).isEqualTo("ab" + FAMILY);
    assertThat(TextCuts.atOrAfter(text, 3)).isEqualTo(2 + FAMILY.length());
  }

  @Test
  void aClusterLongerThanTheWindowIsStillNeverCutInsideACodePoint() {
    String zalgo = "a" + "\u0301".repeat(200) + "\uD83D\uDE00".repeat(100);
    for (int i = 0; i <= zalgo.length(); i++) {
      int cut = TextCuts.atOrBefore(zalgo, i);
      assertThat(cut == 0 || cut == zalgo.length() || !Character.isLowSurrogate(zalgo.charAt(cut)))
          .isTrue();
    }
  }

  @Test
  void aCutBetweenPlainCharsIsWhereTheRegexPutsIt() {
    // every plain char joins nothing: between two of them the regex always finds a cluster's end,
    // after any char before and before any char after
    String neighbours = "a\u0301\u200D\r\n\u0600\u1100\u1161\uD83C\uDDF8" + FAMILY + SHADDA_FATHA;
    int plain = 0;
    for (char c = 0; c < 0x3000; c++) {
      if (!TextCuts.plain(c)) {
        continue;
      }
      plain++;
      for (int k = 0; k < neighbours.length(); k++) {
        for (String text : java.util.List.of(neighbours.substring(0, k) + c + "b",
            "b" + c + neighbours.substring(k), "" + c + c + neighbours.substring(k))) {
          for (int i = 1; i < text.length(); i++) {
            assertThat(TextCuts.atOrBefore(text, i)).as("%s at %d", text, i)
                .isEqualTo(TextCuts.clusterEndAtOrBefore(text, i));
            assertThat(TextCuts.atOrAfter(text, i)).as("%s at %d", text, i)
                .isEqualTo(TextCuts.clusterEndAtOrAfter(text, i));
          }
        }
      }
    }
    assertThat(plain).isGreaterThan(200);
    // and in random mixes of plain and joining chars, longer than the regex's window
    String alphabet = "ab ,.\nيسم١" + neighbours + "\u064E\u0651\u200C\uFE0F\u00AD\u2019\u00E9";
    java.util.Random random = new java.util.Random(11);
    for (int round = 0; round < 300; round++) {
      StringBuilder b = new StringBuilder();
      for (int n = 0; n < 200; n++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      for (int i = 1; i < text.length(); i++) {
        assertThat(TextCuts.atOrBefore(text, i)).isEqualTo(TextCuts.clusterEndAtOrBefore(text, i));
        assertThat(TextCuts.atOrAfter(text, i)).isEqualTo(TextCuts.clusterEndAtOrAfter(text, i));
      }
    }
  }

  // a prefix is whole when it ends where one of the text's grapheme clusters ends
  private static boolean whole(String prefix, String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\X").matcher(text);
    if (prefix.isEmpty()) {
      return true;
    }
    while (m.find()) {
      if (m.end() == prefix.length()) {
        return true;
      }
    }
    return false;
  }
}
