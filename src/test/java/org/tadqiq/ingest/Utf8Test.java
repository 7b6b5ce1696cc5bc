package org.tadqiq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 check accepts exactly what the JDK's strict decoder accepts. */
class Utf8Test {
  @Test
  void agreesWithTheJdkDecoder() {
    Random r = new Random(5);
    int[] interesting = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xD8,
        0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};
    for (int round = 0; round < 200_000; round++) {
      byte[] b = new byte[r.nextInt(7)];
      for (int k = 0; k < b.length; k++) {
        b[k] = (byte) (r.nextBoolean() ? interesting[r.nextInt(interesting.length)] : r.nextInt(256));
      }
      boolean jdk = TextDecoder.firstBadByte(b, 0, b.length) < 0;
      assertThat(Utf8.valid(b, 0, b.length)).as("%s", java.util.HexFormat.of().formatHex(b)).isEqualTo(jdk);
    }
    byte[] arabic = "تدقيق ١٢٣ 😀".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(Utf8.valid(arabic, 0, arabic.length)).isTrue();
    assertThat(Utf8.valid(arabic, 0, arabic.length - 1)).isFalse(); // a cut emoji
  }
}
