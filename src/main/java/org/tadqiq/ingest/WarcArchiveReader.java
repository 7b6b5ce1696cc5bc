package org.tadqiq.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Web archives ({@code .warc}, {@code .warc.gz}) read with jwarc: each HTML response is an article
 * (its target URI and capture date kept). A response that is not HTML becomes a failed Source
 * naming {@code file@offset}; other record types are counted; a corrupt or truncated archive is
 * reported at the offset where reading stopped.
 */
final class WarcArchiveReader {
  private final HtmlArticleParser html = new HtmlArticleParser();

  void read(Path file, Consumer<Source> sink, Map<String, Long> skipped) {
    String base = InputReader.idOf(file).replaceFirst("\\.warc$", "");
    long offset = 0;
    try (WarcReader reader = new WarcReader(file)) {
      while (true) {
        offset = reader.position();
        Optional<WarcRecord> next = reader.next();
        if (next.isEmpty()) {
          break;
        }
        WarcRecord record = next.get();
        if (!(record instanceof WarcResponse response)) {
          skipped.merge("warc " + record.type() + " records", 1L, Long::sum);
          continue;
        }
        sink.accept(article(file, base, record.position(), response));
      }
    } catch (IOException | RuntimeException e) {
      String where = file + "@" + offset;
      sink.accept(Source.failed(base + "@" + offset, where, Source.Status.MALFORMED,
          where + ": archive is corrupt or ends early (" + e.getMessage() + "); reading stopped"));
    }
  }

  private Source article(Path file, String base, long position, WarcResponse response)
      throws IOException {
    String where = file + "@" + position;
    String id = response.target() == null ? base + "@" + position : response.target();
    HttpResponse http;
    try {
      http = response.http();
    } catch (IOException e) {
      return Source.failed(id, where, Source.Status.MALFORMED, where + ": not an HTTP response");
    }
    MediaType type = http.contentType();
    String base2 = type == null ? "" : type.base().toString();
    if (!base2.equals("text/html") && !base2.equals("application/xhtml+xml")) {
      return Source.failed(id, where, Source.Status.UNSUPPORTED,
          where + ": payload is " + (base2.isEmpty() ? "of no declared type" : base2) + ", not HTML");
    }
    Charset charset = StandardCharsets.UTF_8;
    String declared = type.parameters().get("charset");
    if (declared != null) {
      try {
        charset = Charset.forName(declared);
      } catch (RuntimeException e) {
        // an unknown charset name: read as UTF-8, as browsers mostly do
      }
    }
    byte[] body;
    try (InputStream in = http.body().stream()) {
      body = in.readAllBytes();
    }
    Source page = html.parse(id, where, new String(body, charset));
    if (!page.readable()) {
      return Source.failed(id, where, page.status(), where + ": " + page.problems().get(0));
    }
    return new Source(id, where, page.url() != null ? page.url() : response.target(), page.outlet(),
        page.title(), page.language(),
        page.published() != null ? page.published()
            : response.date().atZone(ZoneOffset.UTC).toLocalDate(),
        page.text(), Source.Status.OK, page.problems());
  }
}
