package org.tadqiq.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads the paths a user names (files, or folders walked recursively in name order) into Sources,
 * one at a time: articles (.txt, .html, .htm) and archives (.jsonl, .jsonl.gz, .warc, .warc.gz).
 * A file or record that cannot be read still yields a Source with a status and a message naming
 * the problem; archive records that are not articles are counted in {@link #skipped()}.
 */
public final class InputReader {
  private final JsonLinesReader jsonLines = new JsonLinesReader();
  private final WarcArchiveReader warc = new WarcArchiveReader();
  private final java.util.Map<String, Long> skipped = new java.util.TreeMap<>();

  /** Archive records that are not articles (WARC requests, metadata …), by kind. */
  public java.util.Map<String, Long> skipped() {
    return skipped;
  }

  private final Map<String, ArticleParser> parsers =
      Map.of(
          "txt", new TextArticleParser(),
          "html", new HtmlArticleParser(),
          "htm", new HtmlArticleParser());

  /** Every file under the given paths, in a stable order; missing paths are reported as sources. */
  public void read(List<Path> paths, Consumer<Source> found) {
    Consumer<Source> sink = s -> found.accept(TextHygiene.apply(s));
    for (Path p : paths) {
      if (!Files.exists(p)) {
        sink.accept(Source.failed(idOf(p), p.toString(), Source.Status.UNREADABLE,
            p + ": no such file or folder"));
      } else if (Files.isDirectory(p)) {
        for (Path f : filesUnder(p, sink)) {
          readAny(f, sink);
        }
      } else {
        readAny(p, sink);
      }
    }
  }

  private static List<Path> filesUnder(Path dir, Consumer<Source> sink) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(dir)) {
      s.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("."))
          .sorted()
          .forEach(files::add);
    } catch (IOException | java.io.UncheckedIOException e) {
      sink.accept(Source.failed(idOf(dir), dir.toString(), Source.Status.UNREADABLE,
          dir + ": cannot list folder: " + e.getMessage()));
    }
    return files;
  }

  private void readAny(Path file, Consumer<Source> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      jsonLines.read(file, name.endsWith(".gz"), sink);
    } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      warc.read(file, sink, skipped);
    } else {
      sink.accept(readFile(file));
    }
  }

  public Source readFile(Path file) {
    String id = idOf(file);
    String path = file.toString();
    String ext = extension(file);
    ArticleParser parser = parsers.get(ext);
    if (parser == null) {
      return Source.failed(id, path, Source.Status.UNSUPPORTED,
          path + ": unknown format '." + ext
              + "' (expected .txt, .html, .htm, .jsonl, .jsonl.gz, .warc or .warc.gz)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Source.failed(id, path, Source.Status.UNREADABLE, path + ": cannot read: " + e);
    }
    if (bytes.length == 0) {
      return Source.failed(id, path, Source.Status.EMPTY, path + ": empty file");
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      return Source.failed(id, path, Source.Status.BINARY,
          path + ": binary file (NUL byte at offset " + nul + ")");
    }
    String content;
    try {
      content = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return Source.failed(id, path, Source.Status.NOT_UTF8,
          path + ": not UTF-8 at byte " + firstBadByte(bytes));
    }
    // one line-ending convention, so offsets are the same on every platform
    content = content.replace("\r\n", "\n").replace('\r', '\n');
    if (content.isBlank()) {
      return Source.failed(id, path, Source.Status.EMPTY, path + ": no text (only white space)");
    }
    try {
      Source s = parser.parse(id, path, content);
      if (s.readable() && s.text().isBlank()) {
        return Source.failed(id, path, Source.Status.EMPTY, path + ": a header but no text");
      }
      if (!s.readable()) {
        return Source.failed(id, path, s.status(), path + ": " + s.problems().get(0));
      }
      return s;
    } catch (RuntimeException e) {
      return Source.failed(id, path, Source.Status.MALFORMED, path + ": cannot parse: " + e);
    }
  }

  private static int firstBadByte(byte[] bytes) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  static String idOf(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
