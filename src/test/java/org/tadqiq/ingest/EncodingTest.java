package org.tadqiq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9, point 11 (misreads): an encoding is found, not assumed — UTF-16 with or without a
 * byte-order mark, a UTF-8 byte-order mark dropped everywhere; white space of any kind is no text;
 * bytes that are not text are reported as such.
 */
class EncodingTest {
  @TempDir Path tmp;

  // Arabic without spaces or ASCII: its UTF-16 has no NUL byte and is valid UTF-8 (garbage)
  private static final String ARABIC = "التقىروبيوولافروففيكوالالمبور";
  private static final String SENTENCE = "التقى روبيو ولافروف في كوالالمبور.";

  private static Source readOne(Path p) {
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(p), out::add);
    assertThat(out).hasSize(1);
    return out.get(0);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void utf16IsFoundWithOrWithoutAByteOrderMark() throws IOException {
    Path le = Files.write(tmp.resolve("le.txt"), ARABIC.getBytes(StandardCharsets.UTF_16LE));
    Path be = Files.write(tmp.resolve("be.txt"), ARABIC.getBytes(StandardCharsets.UTF_16BE));
    Path spaced = Files.write(tmp.resolve("spaced.txt"), SENTENCE.getBytes(StandardCharsets.UTF_16LE));
    Path bom = Files.write(tmp.resolve("bom.txt"),
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, SENTENCE.getBytes(StandardCharsets.UTF_16LE)));
    Path bomBe = Files.write(tmp.resolve("bom-be.txt"),
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, SENTENCE.getBytes(StandardCharsets.UTF_16BE)));
    assertThat(ARABIC.getBytes(StandardCharsets.UTF_16LE)).doesNotContain((byte) 0);
    for (Path p : List.of(le, be)) {
      Source s = readOne(p);
      assertThat(s.readable()).isTrue();
      assertThat(s.text()).isEqualTo(ARABIC);
      assertThat(s.problems()).anyMatch(m -> m.contains("read as UTF-16") && m.contains("no byte-order mark"));
    }
    for (Path p : List.of(spaced, bom, bomBe)) {
      assertThat(readOne(p).text()).isEqualTo(SENTENCE);
    }
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedInTextHtmlAndJsonLines() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path txt = Files.write(tmp.resolve("a.txt"), concat(bom, SENTENCE.getBytes(StandardCharsets.UTF_8)));
    Path html = Files.write(tmp.resolve("a.html"), concat(bom,
        ("<html><body><p>" + SENTENCE + "</p></body></html>").getBytes(StandardCharsets.UTF_8)));
    Path jsonl = Files.write(tmp.resolve("a.jsonl"), concat(bom,
        ("{\"id\": \"r1\", \"text\": \"\uFEFF" + SENTENCE + "\"}\n").getBytes(StandardCharsets.UTF_8)));
    for (Path p : List.of(txt, html, jsonl)) {
      Source s = readOne(p);
      assertThat(s.readable()).as(s.problems().toString()).isTrue();
      assertThat(s.text()).isEqualTo(SENTENCE);
    }
  }

  @Test
  void noBreakSpacesAndInvisibleCharactersAreNoText() throws IOException {
    Path nbsp = Files.writeString(tmp.resolve("nbsp.txt"), "\u00A0\u00A0\n\u00A0\u202F\u2007");
    Path invisible = Files.writeString(tmp.resolve("zw.txt"), "\u200B\u200C\u200F \u2066\u2069\n");
    for (Path p : List.of(nbsp, invisible)) {
      Source s = readOne(p);
      assertThat(s.status()).isEqualTo(Source.Status.EMPTY);
      assertThat(s.problems().get(0)).contains("only white space");
    }
  }

  @Test
  void bytesThatAreValidUtf8ButNoTextAreReported() throws IOException {
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i++) {
      controls[i] = (byte) (i % 2 == 0 ? 'a' + i % 26 : 1 + i % 8); // letters and control codes
    }
    Source s = readOne(Files.write(tmp.resolve("controls.txt"), controls));
    assertThat(s.status()).isEqualTo(Source.Status.BINARY);
    assertThat(s.problems().get(0)).contains("not text").contains("control characters");
  }

  @Test
  void aFileLargerThanTheLimitIsReadInPartAndSaysSo() throws IOException {
    Path big = Files.writeString(tmp.resolve("big.txt"), (SENTENCE + "\n").repeat(2000));
    List<Source> out = new ArrayList<>();
    new InputReader(InputLimits.DEFAULTS.with("file-bytes", "10K").with("article-chars", "3000"))
        .read(List.of(big), out::add);
    Source s = out.get(0);
    assertThat(s.readable()).isTrue();
    assertThat(s.text().length()).isLessThanOrEqualTo(3000);
    assertThat(s.text()).endsWith(SENTENCE);
    assertThat(s.problems()).anyMatch(m -> m.contains("over the file-bytes limit of 10240"))
        .anyMatch(m -> m.contains("over the article-chars limit of 3000"));
  }
}
