package org.tadqiq.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Archives are read as they come; every record is accounted for; a bad one names its place. */
class ArchiveInputTest {
  @TempDir Path dir;

  static final String ARTICLE =
      "عقد وزير الخارجية الروسي سيرغي لافروف لقاءً مع نظيره الأمريكي ماركو روبيو، حيث استمرت المباحثات نحو 50 دقيقة.";

  private static String jsonLines() {
    return String.join("\n",
        "{\"id\": \"a1\", \"url\": \"https://example.org/1\", \"source\": \"Example\", \"published\": \"2025-07-10\", \"title\": \"t\", \"lang\": \"ar\", \"text\": \"" + ARTICLE + "\"}",
        "{\"id\": \"a2\", \"html\": \"<html><body><article><p>" + ARTICLE + "</p></article></body></html>\"}",
        "{\"id\": \"a3\", \"text\": \"\"}",
        "{this is not json",
        "",
        "[1, 2]") + "\n";
  }

  @Test
  void jsonLinesRecordsAndTheirProblems() throws IOException {
    Path f = dir.resolve("batch.jsonl");
    Files.writeString(f, jsonLines());
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(f), out::add);
    assertThat(out).extracting(Source::id).containsExactly("a1", "a2", "a3", "batch#4", "batch#6");
    assertThat(out.get(0).published()).hasToString("2025-07-10");
    assertThat(out.get(0).outlet()).isEqualTo("Example");
    assertThat(out.get(1).text()).contains("نحو 50 دقيقة");
    assertThat(out.get(2).status()).isEqualTo(Source.Status.EMPTY);
    assertThat(out.get(3).status()).isEqualTo(Source.Status.MALFORMED);
    assertThat(out.get(3).problems().get(0)).contains("batch.jsonl:4").contains("not a JSON object");
    assertThat(out.get(4).problems().get(0)).contains("batch.jsonl:6");
  }

  @Test
  void gzippedJsonLinesAndATruncatedOne() throws IOException {
    Path gz = dir.resolve("batch.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
      o.write(jsonLines().repeat(50).getBytes(StandardCharsets.UTF_8));
    }
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(gz), out::add);
    assertThat(out).hasSize(250);

    Path big = dir.resolve("big.jsonl.gz");
    java.util.Random random = new java.util.Random(7);
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(big))) {
      for (int i = 0; i < 3000; i++) {
        o.write(("{\"id\": \"r" + i + "\", \"text\": \"" + ARTICLE + " " + random.nextLong() + " "
            + Long.toHexString(random.nextLong()) + "\"}\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    byte[] all = Files.readAllBytes(big);
    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    List<Source> partial = new ArrayList<>();
    new InputReader().read(List.of(cut), partial::add);
    Source last = partial.get(partial.size() - 1);
    assertThat(last.status()).isEqualTo(Source.Status.MALFORMED);
    assertThat(last.problems().get(0)).contains("cut.jsonl.gz:").contains("ends early");
    assertThat(partial.size()).isBetween(100, 2999);
    assertThat(partial.subList(0, partial.size() - 1)).allMatch(Source::readable);
  }

  private static void writeWarc(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      w.write(new Warcinfo.Builder().filename(file.getFileName().toString()).build());
      w.write(new WarcRequest.Builder(URI.create("https://example.org/news/1"))
          .body(MediaType.HTTP_REQUEST, "GET /news/1 HTTP/1.1\r\nHost: example.org\r\n\r\n".getBytes(StandardCharsets.US_ASCII))
          .build());
      w.write(response("https://example.org/news/1", "text/html; charset=utf-8",
          ("<html><head><meta property=\"og:site_name\" content=\"مثال\"></head><body><article><p>"
              + ARTICLE + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://example.org/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }
  }

  private static WarcResponse response(String uri, String type, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return new WarcResponse.Builder(URI.create(uri))
        .date(Instant.parse("2025-07-10T12:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, http)
        .build();
  }

  @Test
  void warcResponsesAreArticlesAndOtherRecordsAreCounted() throws IOException {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path f = dir.resolve(c == WarcCompression.NONE ? "crawl.warc" : "crawl.warc.gz");
      writeWarc(f, c);
      InputReader reader = new InputReader();
      List<Source> out = new ArrayList<>();
      reader.read(List.of(f), out::add);
      assertThat(out).hasSize(2);
      Source page = out.get(0);
      assertThat(page.readable()).isTrue();
      assertThat(page.id()).isEqualTo("https://example.org/news/1");
      assertThat(page.outlet()).isEqualTo("مثال");
      assertThat(page.published()).hasToString("2025-07-10");
      assertThat(page.text()).contains("نحو 50 دقيقة");
      assertThat(out.get(1).status()).isEqualTo(Source.Status.UNSUPPORTED);
      assertThat(out.get(1).problems().get(0)).contains("@").contains("image/png, not HTML");
      assertThat(reader.skipped()).containsEntry("warc warcinfo records", 1L)
          .containsEntry("warc request records", 1L);
    }
  }

  @Test
  void aTruncatedWarcIsReportedWhereReadingStopped() throws IOException {
    Path f = dir.resolve("whole.warc.gz");
    writeWarc(f, WarcCompression.GZIP);
    byte[] all = Files.readAllBytes(f);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(cut), out::add);
    assertThat(out).anySatisfy(s -> {
      assertThat(s.status()).isEqualTo(Source.Status.MALFORMED);
      assertThat(s.problems().get(0)).contains("cut.warc.gz@").contains("reading stopped");
    });
  }

  private static void writeThreeArticles(Path file, WarcCompression compression) throws IOException {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      for (int i = 1; i <= 3; i++) {
        w.write(response("https://example.org/news/" + i, "text/html; charset=utf-8",
            ("<html><body><article><p>" + i + " " + ARTICLE + "</p></article></body></html>")
                .getBytes(StandardCharsets.UTF_8)));
      }
    }
  }

  /** The archive with the second record's header edited. */
  private static Path editSecond(Path f, String regex, String replacement) throws IOException {
    String s = Files.readString(f, StandardCharsets.ISO_8859_1);
    int second = s.indexOf("WARC/1", 10);
    Files.writeString(f, s.substring(0, second) + s.substring(second).replaceFirst(regex, replacement),
        StandardCharsets.ISO_8859_1);
    return f;
  }

  private List<Source> readAll(Path f) {
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(f), out::add);
    return out;
  }

  // issue 9, point 11: one record with a bad WARC-Date dropped every later record
  @Test
  void aRecordWithABadDateLosesOnlyItsDate() throws IOException {
    Path f = dir.resolve("dates.warc");
    writeThreeArticles(f, WarcCompression.NONE);
    List<Source> out = readAll(editSecond(f, "WARC-Date: [^\\r]*", "WARC-Date: yesterday"));
    assertThat(out).hasSize(3).allMatch(Source::readable);
    assertThat(out.get(2).text()).startsWith("3 ");
    assertThat(out.get(1).problems()).anyMatch(p -> p.contains("WARC-Date is not a date"));
  }

  // issue 9, point 11: a broken record is skipped, reading goes on, and its offset is named
  @Test
  void aBrokenRecordIsSkippedAtItsOffsetAndReadingGoesOn() throws IOException {
    Path f = dir.resolve("broken.warc");
    writeThreeArticles(f, WarcCompression.NONE);
    int second = Files.readString(f, StandardCharsets.ISO_8859_1).indexOf("WARC/1", 10);
    List<Source> out = readAll(editSecond(f, "WARC/1.[01]", "WARX/9.9"));
    assertThat(out).hasSize(3);
    assertThat(out.get(1).status()).isEqualTo(Source.Status.MALFORMED);
    assertThat(out.get(1).path()).isEqualTo(f + "@" + second);
    assertThat(out.get(2).readable()).isTrue();
    assertThat(out.get(2).text()).startsWith("3 ");

    Path g = dir.resolve("length.warc");
    writeThreeArticles(g, WarcCompression.NONE);
    List<Source> lied = readAll(editSecond(g, "Content-Length: (\\d+)", "Content-Length: 9$1"));
    // the second record claims more bytes than it has: the third, inside them, is still found
    assertThat(lied).hasSize(3);
    assertThat(lied.get(1).problems().get(0)).contains("does not end where its Content-Length");
    assertThat(lied.get(2).text()).startsWith("3 ");
  }

  // issue 9, point 11: the offset where a truncated archive stops was reported as @0
  @Test
  void aTruncatedArchiveNamesTheOffsetWhereItStops() throws IOException {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path whole = dir.resolve("whole-" + c + ".warc" + (c == WarcCompression.GZIP ? ".gz" : ""));
      writeThreeArticles(whole, c);
      byte[] all = Files.readAllBytes(whole);
      Path cut = dir.resolve("cut-" + whole.getFileName());
      Files.write(cut, java.util.Arrays.copyOf(all, all.length - 40));
      List<Source> out = readAll(cut);
      Source last = out.get(out.size() - 1);
      assertThat(out.subList(0, out.size() - 1)).hasSize(2).allMatch(Source::readable);
      assertThat(last.status()).isEqualTo(Source.Status.MALFORMED);
      long at = Long.parseLong(last.path().substring(last.path().lastIndexOf('@') + 1));
      assertThat(at).isGreaterThan(0);
    }
  }

  // issue 9, point 3: a decompression bomb is reported as such; what came before it is kept
  @Test
  void decompressionBombsStopTheirArchiveAndTheRunGoesOn() throws IOException {
    Path bomb = dir.resolve("bomb.jsonl.gz");
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(bomb))) {
      o.write(("{\"id\": \"before\", \"text\": \"" + ARTICLE + "\"}\n").getBytes(StandardCharsets.UTF_8));
      o.write("{\"id\": \"bomb\", \"text\": \"".getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        o.write(spaces);
      }
      o.write("\"}\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(Files.size(bomb)).isLessThan(200_000);
    Path warcBomb = dir.resolve("bomb.warc.gz");
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(warcBomb,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      w.write(response("https://example.org/ok", "text/html", ("<p>" + ARTICLE + "</p>")
          .getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://example.org/bomb", "text/html", new byte[40 << 20]));
    }
    Path good = dir.resolve("good.jsonl");
    Files.writeString(good, "{\"id\": \"after\", \"text\": \"" + ARTICLE + "\"}\n");
    List<Source> out = new ArrayList<>();
    new InputReader().read(List.of(bomb, warcBomb, good), out::add);
    assertThat(out).extracting(Source::status).containsExactly(Source.Status.OK,
        Source.Status.TOO_LARGE, Source.Status.OK, Source.Status.TOO_LARGE, Source.Status.OK);
    assertThat(out.get(1).problems().get(0)).contains("bomb.jsonl.gz:2").contains("decompression bomb");
    assertThat(out.get(3).problems().get(0)).contains("bomb.warc.gz@").contains("decompression bomb");
  }

  // issue 9, point 3: records over the per-record limit are skipped, the others read
  @Test
  void recordsOverTheLimitAreSkippedAndTheOthersRead() throws IOException {
    Path f = dir.resolve("big.jsonl");
    Files.writeString(f, "{\"id\": \"small\", \"text\": \"" + ARTICLE + "\"}\n"
        + "{\"id\": \"big\", \"text\": \"" + (ARTICLE + " ").repeat(200) + "\"}\n"
        + "{\"id\": \"small2\", \"text\": \"" + ARTICLE + "\"}\n");
    List<Source> out = new ArrayList<>();
    new InputReader(InputLimits.DEFAULTS.with("record-bytes", "8K")).read(List.of(f), out::add);
    assertThat(out).extracting(Source::status)
        .containsExactly(Source.Status.OK, Source.Status.TOO_LARGE, Source.Status.OK);
    assertThat(out.get(1).problems().get(0)).contains("big.jsonl:2").contains("over the record-bytes limit");
  }
}
