package org.tadqiq.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * JSON Lines archives ({@code .jsonl}, {@code .jsonl.gz}): one article per line with {@code id},
 * {@code url}, {@code source}, {@code published}, {@code title}, {@code lang} and {@code text} or
 * {@code html}. Streams: one line in memory at a time. A broken line becomes a failed Source
 * naming {@code file:line}; a truncated archive is reported where it ends.
 */
final class JsonLinesReader {
  private final ObjectMapper json = new ObjectMapper();
  private final HtmlArticleParser html = new HtmlArticleParser();

  void read(Path file, boolean gzip, Consumer<Source> sink) {
    String base = InputReader.idOf(file).replaceFirst("\\.jsonl$", "");
    int line = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
            StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
      String text;
      while ((text = r.readLine()) != null) {
        line++;
        if (!text.isBlank()) {
          sink.accept(record(file, base, line, text));
        }
      }
    } catch (IOException e) {
      String where = file + ":" + (line + 1);
      sink.accept(Source.failed(base + "#" + (line + 1), where, Source.Status.MALFORMED,
          where + ": archive ends early or cannot be read (" + e.getMessage() + "); "
              + line + " lines were read"));
    }
  }

  private Source record(Path file, String base, int line, String text) {
    String where = file + ":" + line;
    String fallbackId = base + "#" + line;
    if (text.indexOf('\uFFFD') >= 0) {
      return Source.failed(fallbackId, where, Source.Status.NOT_UTF8, where + ": not UTF-8");
    }
    JsonNode n;
    try {
      n = json.readTree(text);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return Source.failed(fallbackId, where, Source.Status.MALFORMED,
          where + ": not a JSON object (" + e.getOriginalMessage() + ")");
    }
    if (n == null || !n.isObject()) {
      return Source.failed(fallbackId, where, Source.Status.MALFORMED, where + ": not a JSON object");
    }
    String id = str(n, "id");
    id = id == null || id.isBlank() ? fallbackId : id;
    String body = str(n, "text");
    String page = str(n, "html");
    if ((body == null || body.isBlank()) && (page == null || page.isBlank())) {
      return Source.failed(id, where, Source.Status.EMPTY, where + ": record has no text or html");
    }
    Source parsed = body != null && !body.isBlank()
        ? new Source(id, where, null, null, null, null, null, body.replace("\r\n", "\n"),
            Source.Status.OK, List.of())
        : html.parse(id, where, page);
    if (!parsed.readable()) {
      return Source.failed(id, where, parsed.status(), where + ": " + parsed.problems().get(0));
    }
    List<String> problems = new ArrayList<>(parsed.problems());
    LocalDate published = parsed.published();
    String date = str(n, "published");
    if (date != null && !date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
      } catch (RuntimeException e) {
        problems.add(where + ": 'published' is not a date: " + date);
      }
    }
    return new Source(id, where, or(str(n, "url"), parsed.url()), or(str(n, "source"), parsed.outlet()),
        or(str(n, "title"), parsed.title()), or(str(n, "lang"), parsed.language()), published,
        parsed.text(), Source.Status.OK, problems);
  }

  private static String or(String a, String b) {
    return a != null && !a.isBlank() ? a : b;
  }

  private static String str(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
