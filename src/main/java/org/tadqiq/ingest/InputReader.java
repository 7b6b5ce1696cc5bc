package org.tadqiq.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.tadqiq.text.Blank;
import org.tadqiq.text.TextCuts;

/**
 * Reads the paths a user names (files, or folders walked recursively in name order) into Sources,
 * one at a time: articles (.txt, .html, .htm) and archives (.jsonl, .jsonl.gz, .warc, .warc.gz).
 * Every path met is accounted for: a file or record that cannot be read still yields a Source
 * with a status and a message naming the problem, and so does a path that is not read on purpose
 * (see {@link InputWalker}); archive records that are not articles are counted in {@link
 * #skipped()}. What is read is bounded by {@link InputLimits}.
 */
public final class InputReader {
  private final InputLimits limits;
  private final InputWalker walker = new InputWalker();
  private final JsonLinesReader jsonLines = new JsonLinesReader();
  private final WarcArchiveReader warc = new WarcArchiveReader();
  private final Map<String, Long> skipped = new TreeMap<>();
  private final java.util.concurrent.atomic.AtomicLong bytesRead = new java.util.concurrent.atomic.AtomicLong();
  private final Map<String, ArticleParser> parsers =
      Map.of(
          "txt", new TextArticleParser(),
          "html", new HtmlArticleParser(),
          "htm", new HtmlArticleParser());

  public InputReader() {
    this(InputLimits.DEFAULTS);
  }

  public InputReader(InputLimits limits) {
    this.limits = limits;
  }

  /** Archive records that are not articles (WARC requests, metadata …), by kind. */
  public Map<String, Long> skipped() {
    return skipped;
  }

  /**
   * The bytes read so far as they were stored before decoding: a file's bytes, a JSON Lines
   * record's line (after gzip), a WARC record. A rate in MB/s is of these bytes.
   */
  public long bytesRead() {
    return bytesRead.get();
  }

  /** Every file under the given paths, in a stable order, each as a Source. */
  public void read(List<Path> paths, Consumer<Source> found) {
    Consumer<Source> sink = s -> found.accept(finish(s));
    for (InputWalker.Found f : walker.walk(paths)) {
      if (f.refused() != null) {
        sink.accept(f.refused());
      } else {
        readAny(f.path(), sink);
      }
    }
  }

  private void readAny(Path file, Consumer<Source> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    boolean archive = name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")
        || name.endsWith(".warc") || name.endsWith(".warc.gz");
    if (archive && size(file).equals("0")) {
      sink.accept(Source.failed(idOf(file), file.toString(), Source.Status.EMPTY,
          file + ": empty file (0 bytes, no records)"));
    } else if (name.endsWith(".jsonl") || name.endsWith(".jsonl.gz")) {
      jsonLines.read(file, name.endsWith(".gz"), limits, sink, bytesRead::addAndGet);
    } else if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
      warc.read(file, limits, sink, skipped, bytesRead::addAndGet);
    } else {
      sink.accept(readFile(file));
    }
  }

  private Source readFile(Path file) {
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
    boolean cut;
    try (InputStream in = Files.newInputStream(file)) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.fileBytes()));
      cut = in.read() >= 0;
      bytesRead.addAndGet(bytes.length);
    } catch (NoSuchFileException e) {
      return Source.failed(id, path, Source.Status.UNREADABLE, path + ": no such file");
    } catch (IOException e) {
      return Source.failed(id, path, Source.Status.UNREADABLE, path + ": cannot read: " + describe(e));
    }
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, cut);
    if (!decoded.ok()) {
      return Source.failed(id, path, decoded.failure(), path + ": " + decoded.problem());
    }
    try {
      Source s = parser.parse(id, path, decoded.text());
      if (!s.readable()) {
        return Source.failed(id, path, s.status(), path + ": " + s.problems().get(0));
      }
      if (Blank.isBlank(s.text())) {
        return Source.failed(id, path, Source.Status.EMPTY, path + ": a header but no text");
      }
      if (decoded.note() != null) {
        s = s.withProblem(path + ": " + decoded.note());
      }
      if (cut) {
        s = s.withProblem(path + ": the file is " + size(file) + " bytes, over the file-bytes limit of "
            + limits.fileBytes() + ": only its beginning was read");
      }
      return s;
    } catch (RuntimeException e) {
      return Source.failed(id, path, Source.Status.MALFORMED, path + ": cannot parse: " + describe(e));
    }
  }

  /** What every source gets on its way out: clean characters and a text within the limit. */
  private Source finish(Source read) {
    Source s = TextHygiene.apply(read);
    String text = s.text();
    if (text.startsWith("\uFEFF")) { // a byte-order mark inside a record's text
      text = text.substring(1);
    }
    if (text.length() > limits.articleChars()) {
      int cut = TextCuts.atOrBefore(text, limits.articleChars());
      // end at a line or word end near the limit when there is one
      int line = text.lastIndexOf('\n', cut);
      int space = text.lastIndexOf(' ', cut);
      int end = line > 0 && line > cut - 2000 ? line : space > 0 && space > cut - 200 ? space : cut;
      s = new Source(s.id(), s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
          text.substring(0, end), s.status(), s.problems())
          .withProblem(s.path() + ": the text is " + text.length() + " characters, over the"
              + " article-chars limit of " + limits.articleChars() + ": only the first " + end
              + " were read");
    } else if (text.length() != s.text().length()) {
      s = new Source(s.id(), s.path(), s.url(), s.outlet(), s.title(), s.language(), s.published(),
          text, s.status(), s.problems());
    }
    return s;
  }

  private static String size(Path file) {
    try {
      return Long.toString(Files.size(file));
    } catch (IOException e) {
      return "more than " + e.getMessage();
    }
  }

  /** An exception as a short reason: its message, or what it is when it has none. */
  static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.io.EOFException && (m == null || m.isBlank())) {
      return "the data ends early";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return m;
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
