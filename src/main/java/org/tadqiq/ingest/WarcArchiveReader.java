package org.tadqiq.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}): {@link WarcRecords} cuts the archive into
 * records, jwarc reads each one. Each HTML response is an article (its target URI and capture date
 * kept). A response that is not HTML, or a record that is broken, becomes a failed Source naming
 * {@code file@offset} and reading goes on with the next record; other record types are counted.
 * For a .warc.gz the offset is that of the record's gzip member (as archive indexes give it).
 */
final class WarcArchiveReader {
  private final HtmlArticleParser html = new HtmlArticleParser();

  void read(Path file, InputLimits limits, Consumer<Source> sink, Map<String, Long> skipped,
      java.util.function.LongConsumer bytesRead) {
    String base = InputReader.idOf(file).replaceFirst("\\.warc$", "");
    long records = 0;
    long[] sources = {0};
    Consumer<Source> counted = s -> {
      sources[0]++;
      sink.accept(s);
    };
    GzipInput gzip = null;
    WarcRecords warc = null;
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      raw.mark(2);
      boolean compressed = raw.read() == 0x1F && raw.read() == 0x8B;
      raw.reset();
      gzip = compressed ? new GzipInput(raw, limits) : null;
      warc = new WarcRecords(compressed ? gzip : raw, limits.recordBytes());
      for (WarcRecords.Next next = warc.next(); next != null; next = warc.next()) {
        records++;
        String at = gzip == null ? Long.toString(next.offset()) : gzip.locate(next.offset());
        if (gzip != null) {
          gzip.forgetBefore(next.offset());
        }
        String where = file + "@" + at;
        if (next.problem() != null) {
          counted.accept(Source.failed(base + "@" + at, where,
              next.tooLarge() ? Source.Status.TOO_LARGE : Source.Status.MALFORMED,
              where + ": " + next.problem() + (next.tooLarge() ? "" : "; record skipped")));
          continue;
        }
        bytesRead.accept(next.bytes().length);
        Source s = record(next.bytes(), base, at, where, limits, skipped);
        if (s != null) {
          counted.accept(s);
        }
      }
    } catch (LimitExceeded e) {
      String at = at(gzip, warc);
      counted.accept(Source.failed(base + "@" + at, file + "@" + at, Source.Status.TOO_LARGE,
          file + "@" + at + ": " + e.getMessage()));
      return;
    } catch (IOException | RuntimeException e) {
      String at = at(gzip, warc);
      counted.accept(Source.failed(base + "@" + at, file + "@" + at, Source.Status.MALFORMED,
          file + "@" + at + ": archive is corrupt or ends early (" + InputReader.describe(e)
              + "); reading stopped"));
      return;
    }
    if (records == 0) {
      sink.accept(Source.failed(base, file.toString(), Source.Status.EMPTY,
          file + ": no records (an empty archive)"));
    } else if (sources[0] == 0) { // only requests, metadata …: counted, and the archive listed
      sink.accept(Source.failed(base, file.toString(), Source.Status.EMPTY,
          file + ": no article among its " + records + " records (none is an HTML response)"));
    }
  }

  private static String at(GzipInput gzip, WarcRecords warc) {
    if (gzip != null) {
      return Long.toString(gzip.compressedPosition());
    }
    return warc == null ? "0" : Long.toString(warc.offset());
  }

  /** One record as a source, or null for a record that is not a response (counted instead). */
  private Source record(byte[] bytes, String base, String at, String where, InputLimits limits,
      Map<String, Long> skipped) {
    String id = base + "@" + at;
    try {
      WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes));
      Optional<WarcRecord> next = reader.next();
      if (next.isEmpty()) {
        return Source.failed(id, where, Source.Status.MALFORMED, where + ": an empty record; skipped");
      }
      WarcRecord record = next.get();
      if (!(record instanceof WarcResponse response)) {
        skipped.merge("warc " + record.type() + " records", 1L, Long::sum);
        return null;
      }
      return article(where, id, response, limits);
    } catch (IOException | RuntimeException e) {
      return Source.failed(id, where, Source.Status.MALFORMED,
          where + ": a broken record (" + InputReader.describe(e) + "); record skipped");
    }
  }

  private Source article(String where, String fallbackId, WarcResponse response, InputLimits limits)
      throws IOException {
    List<String> problems = new ArrayList<>();
    String target = null;
    try {
      target = response.target();
    } catch (RuntimeException e) {
      problems.add(where + ": WARC-Target-URI is not a URI; ignored");
    }
    String id = target == null ? fallbackId : target;
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException | RuntimeException e) {
      return Source.failed(id, where, Source.Status.MALFORMED, where + ": not an HTTP response");
    }
    MediaType type = http.contentType();
    String base = type == null ? "" : type.base().toString();
    if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) {
      return Source.failed(id, where, Source.Status.UNSUPPORTED,
          where + ": payload is " + (base.isEmpty() ? "of no declared type" : base) + ", not HTML");
    }
    byte[] body;
    boolean cut;
    try (InputStream in = http.bodyDecoded().stream()) {
      // a compressed payload may inflate far past its size: read no more than the limit
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.recordBytes()));
      cut = in.read() >= 0;
    }
    if (cut) {
      problems.add(where + ": the page is larger than the record-bytes limit of "
          + limits.recordBytes() + " bytes: only its beginning was read");
    }
    String page = decode(body, type.parameters().get("charset"), where, problems);
    Source parsed = html.parse(id, where, page);
    if (!parsed.readable()) {
      return Source.failed(id, where, parsed.status(), where + ": " + parsed.problems().get(0));
    }
    problems.addAll(parsed.problems());
    LocalDate published = parsed.published();
    if (published == null) {
      try {
        published = response.date().atZone(ZoneOffset.UTC).toLocalDate();
      } catch (RuntimeException e) {
        problems.add(where + ": WARC-Date is not a date; the capture date is unknown");
      }
    }
    return new Source(id, where, parsed.url() != null ? parsed.url() : target, parsed.outlet(),
        parsed.title(), parsed.language(), published, parsed.text(), Source.Status.OK, problems);
  }

  /**
   * The payload as text: a byte-order mark decides, else the declared charset, else UTF-8. Bytes
   * that are not valid in it are replaced, as browsers do, and counted in a problem.
   */
  private static String decode(byte[] body, String declared, String where, List<String> problems) {
    Charset charset = StandardCharsets.UTF_8;
    int from = 0;
    if (body.length >= 3 && (body[0] & 0xFF) == 0xEF && (body[1] & 0xFF) == 0xBB
        && (body[2] & 0xFF) == 0xBF) {
      from = 3;
    } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
      from = 2;
    } else if (body.length >= 2 && (body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
      from = 2;
    } else if (declared != null) {
      try {
        charset = Charset.forName(declared.strip());
      } catch (RuntimeException e) {
        problems.add(where + ": unknown charset '" + declared + "'; read as UTF-8");
      }
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(body, from, body.length - from)).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      // not valid throughout: replaced below, and counted
    }
    String text = new String(body, from, body.length - from, charset);
    int replaced = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\uFFFD') {
        replaced++;
      }
    }
    if (replaced > 0) {
      problems.add(where + ": " + replaced + " byte sequence(s) not valid " + charset.name()
          + " replaced by U+FFFD");
    }
    return text;
  }
}
