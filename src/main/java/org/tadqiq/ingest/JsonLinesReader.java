package org.tadqiq.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.tadqiq.text.Blank;

/**
 * JSON Lines archives ({@code .jsonl}, {@code .jsonl.gz}): one article per line with {@code id},
 * {@code url}, {@code source}, {@code published}, {@code title}, {@code lang} and {@code text} or
 * {@code html}. Streams: one line in memory at a time, and no line longer than the record limit.
 * A broken line becomes a failed Source naming {@code file:line}; a truncated archive is reported
 * where it ends; an archive with no record at all is reported as empty.
 */
final class JsonLinesReader {
  private final ObjectMapper json = new ObjectMapper();
  private final HtmlArticleParser html = new HtmlArticleParser();
  private final boolean streaming;

  JsonLinesReader() {
    this(true);
  }

  /** {@code streaming} false reads every line as a tree (what a test compares the stream with). */
  JsonLinesReader(boolean streaming) {
    this.streaming = streaming;
  }

  void read(Path file, boolean gzip, InputLimits limits, Consumer<Source> sink,
      java.util.function.LongConsumer bytesRead) {
    String base = InputReader.idOf(file).replaceFirst("\\.jsonl$", "");
    int line = 0;
    int records = 0;
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GzipInput(raw, limits) : raw) {
      ByteLines lines = new ByteLines(in, limits.recordBytes());
      for (ByteLines.Line l = lines.next(); l != null; l = lines.next()) {
        line = l.number();
        bytesRead.accept(l.length());
        String where = file + ":" + line;
        if (l.tooLong()) {
          records++;
          sink.accept(Source.failed(base + "#" + line, where, Source.Status.TOO_LARGE,
              where + ": a record of " + l.length() + " bytes, over the record-bytes limit of "
                  + limits.recordBytes() + ": skipped"));
          continue;
        }
        byte[] b = l.bytes();
        int size = l.size();
        int from = 0;
        if (line == 1 && size >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
            && (b[2] & 0xFF) == 0xBF) {
          from = 3; // a UTF-8 byte-order mark
        } else if (line == 1 && size >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
            || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
          sink.accept(Source.failed(base, file.toString(), Source.Status.NOT_UTF8,
              file + ": a UTF-16 file (byte-order mark); JSON Lines must be UTF-8"));
          return;
        }
        Fields streamed = streaming ? streamed(b, from, size) : null;
        if (streamed != null) {
          records++;
          sink.accept(record(file, base, line, streamed));
          continue;
        }
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, from, size - from)).toString();
        } catch (CharacterCodingException e) {
          records++;
          sink.accept(Source.failed(base + "#" + line, where, Source.Status.NOT_UTF8, where
              + ": not UTF-8 at byte " + TextDecoder.firstBadByte(b, from, size) + " of the line"));
          continue;
        }
        if (!Blank.isBlank(text)) {
          records++;
          sink.accept(record(file, base, line, text));
        }
      }
    } catch (LimitExceeded e) {
      String where = file + ":" + (line + 1);
      sink.accept(Source.failed(base + "#" + (line + 1), where, Source.Status.TOO_LARGE,
          where + ": " + e.getMessage() + "; " + line + " lines were read"));
      return;
    } catch (IOException e) {
      String where = file + ":" + (line + 1);
      sink.accept(Source.failed(base + "#" + (line + 1), where, Source.Status.MALFORMED,
          where + ": archive ends early or cannot be read (" + InputReader.describe(e) + "); "
              + line + " lines were read"));
      return;
    }
    if (records == 0) {
      sink.accept(Source.failed(base, file.toString(), Source.Status.EMPTY,
          file + ": no records" + (line == 0 ? " (an empty archive)" : " (only blank lines)")));
    }
  }

  /** The fields of a record Tadqiq reads; a field that is absent or JSON null is null. */
  private static final class Fields {
    String id;
    String url;
    String source;
    String published;
    String title;
    String lang;
    String text;
    String html;

    /** Sets a field from its string value; false when {@code name} is not a field of a record. */
    boolean set(String name, String value) {
      switch (name) {
        case "id" -> id = value;
        case "url" -> url = value;
        case "source" -> source = value;
        case "published" -> published = value;
        case "title" -> title = value;
        case "lang" -> lang = value;
        case "text" -> text = value;
        case "html" -> html = value;
        default -> {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * A line's record read straight from its bytes with Jackson's streaming parser (no String of the
   * line, no tree), or null when the line is anything but a well-formed UTF-8 JSON object whose
   * fields are strings or null: such a line takes the slower path below, which names its problem
   * exactly as before (or reads a number or a nested value as text the way a tree does).
   */
  private Fields streamed(byte[] b, int from, int size) {
    int i = from;
    while (i < size && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
    if (i == size || b[i] != '{' || !Utf8.valid(b, from, size)) {
      return null;
    }
    Fields f = new Fields();
    try (JsonParser p = json.getFactory().createParser(b, from, size - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        if (t != JsonToken.FIELD_NAME) {
          return null;
        }
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == JsonToken.VALUE_STRING) {
          f.set(name, p.getText());
        } else if (v == JsonToken.VALUE_NULL) {
          f.set(name, null);
        } else if (f.set(name, null)) {
          return null; // a field of ours that is a number, a boolean or nested: read as a tree
        } else {
          p.skipChildren();
        }
      }
      return f;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private Source record(Path file, String base, int line, String text) {
    String where = file + ":" + line;
    String fallbackId = base + "#" + line;
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
    Fields f = new Fields();
    for (String name : List.of("id", "url", "source", "published", "title", "lang", "text", "html")) {
      f.set(name, str(n, name));
    }
    return record(file, base, line, f);
  }

  private Source record(Path file, String base, int line, Fields n) {
    String where = file + ":" + line;
    String fallbackId = base + "#" + line;
    String id = n.id;
    id = id == null || Blank.isBlank(id) ? fallbackId : id;
    String body = n.text;
    String page = n.html;
    if (Blank.isBlank(body) && Blank.isBlank(page)) {
      return Source.failed(id, where, Source.Status.EMPTY, where + ": record has no text or html");
    }
    Source parsed = !Blank.isBlank(body)
        ? new Source(id, where, null, null, null, null, null, body.replace("\r\n", "\n"),
            Source.Status.OK, List.of())
        : html.parse(id, where, page);
    if (!parsed.readable()) {
      return Source.failed(id, where, parsed.status(), where + ": " + parsed.problems().get(0));
    }
    List<String> problems = new ArrayList<>(parsed.problems());
    LocalDate published = parsed.published();
    String date = n.published;
    if (date != null && !date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() >= 10 ? date.substring(0, 10) : date);
      } catch (RuntimeException e) {
        problems.add(where + ": 'published' is not a date: " + date);
      }
    }
    return new Source(id, where, or(n.url, parsed.url()), or(n.source, parsed.outlet()),
        or(n.title, parsed.title()), or(n.lang, parsed.language()), published,
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
