package org.tadqiq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON Lines records read from their bytes by the streaming parser give the very Sources (ids,
 * fields, statuses, messages) the tree reading gave, for good lines and every kind of bad one.
 */
class JsonLinesStreamingTest {
  @TempDir Path dir;

  private static final String[] LINES = {
    "{\"id\": \"a1\", \"url\": \"https://e.org/1\", \"source\": \"E\", \"published\": \"2025-07-10\", \"title\": \"t\", \"lang\": \"ar\", \"text\": \"نص \\u0645 \\\"x\\\"\\r\\n سطر\"}",
    "  {\"id\": \"a2\", \"html\": \"<html><body><article><p>نص المقال</p></article></body></html>\"}",
    "{\"id\": 7, \"text\": \"number id\"}",
    "{\"id\": \"a4\", \"text\": 12.50}",
    "{\"id\": \"a5\", \"text\": \"first\", \"text\": \"second\"}",
    "{\"id\": \"a6\", \"text\": \"first\", \"text\": null}",
    "{\"id\": \"a7\", \"extra\": {\"deep\": [1, {\"x\": [true, null]}]}, \"text\": \"nested elsewhere\"}",
    "{\"id\": \"a8\", \"title\": [\"a\"], \"text\": \"array title\"}",
    "{\"id\": \"a9\", \"text\": \"trailing\"} garbage after",
    "{\"id\": \"a10\", \"text\": \"cut",
    "{\"id\": \"a11\", \"published\": \"not a date\", \"text\": \"x\"}",
    "{this is not json",
    "[1, 2]",
    "\"a string\"",
    "{\"id\": \"a12\", \"text\": \"\"}",
    "{}",
    "{\"id\": \"a13\", \"text\": \"ok\", }",
    "{\"id\": \"a14\", \"lang\": false, \"text\": \"bool lang\"}",
    "\t{\"id\": \"\", \"text\": \"blank id\"}",
    "{\"id\": \"a15\", \"text\": \"\\ud800 lone\"}",
  };

  @Test
  void streamedRecordsAreTheTreesRecords() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    for (String l : LINES) {
      b.write(l.getBytes(StandardCharsets.UTF_8));
      b.write('\n');
    }
    b.write("{\"id\": \"bad\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
    b.write("{\"id\": \"surrogate\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
    b.write(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}', '\r', '\n'});
    Random r = new Random(3);
    for (int k = 0; k < 300; k++) { // lines cut and bytes flipped at random
      byte[] line = LINES[r.nextInt(LINES.length)].getBytes(StandardCharsets.UTF_8);
      int n = 1 + r.nextInt(line.length);
      byte[] cut = java.util.Arrays.copyOf(line, n);
      if (r.nextBoolean()) {
        cut[r.nextInt(n)] = (byte) r.nextInt(256);
      }
      for (byte x : cut) {
        if (x != '\n') {
          b.write(x);
        }
      }
      b.write('\n');
    }
    Path f = dir.resolve("mixed.jsonl");
    Files.write(f, b.toByteArray());
    assertThat(read(f, true)).isEqualTo(read(f, false)).hasSizeGreaterThan(300);
  }

  private static List<Source> read(Path f, boolean streaming) {
    List<Source> out = new ArrayList<>();
    new JsonLinesReader(streaming).read(f, false, InputLimits.DEFAULTS, out::add, n -> {});
    return out;
  }
}
