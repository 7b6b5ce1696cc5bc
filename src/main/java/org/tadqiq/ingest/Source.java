package org.tadqiq.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One input as read: its article text (the offsets of every claim refer to it) and metadata, or the
 * reason it could not be read. Every input becomes a Source, so none is silently dropped.
 */
public record Source(
    String id,
    String path,
    String url,
    String outlet,
    String title,
    String language,
    LocalDate published,
    String text,
    Status status,
    List<String> problems) {

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(status, "status");
    problems = List.copyOf(problems);
  }

  /** Whether an input was read, and if not, why. */
  public enum Status {
    OK,
    /** no bytes, no records, or only white space */
    EMPTY,
    /** not UTF-8 (nor UTF-16 with or without a byte-order mark) */
    NOT_UTF8,
    /** not text: a NUL byte, or control characters */
    BINARY,
    /** missing, no permission, a broken symbolic link or a link cycle */
    UNREADABLE,
    /** a format Tadqiq does not read (the extension says what it is) */
    UNSUPPORTED,
    /** a page without text, a record that is not JSON, a corrupt or truncated archive */
    MALFORMED,
    /** hidden files, symbolic links out of the given folders, pipes and devices: never read */
    SKIPPED,
    /** the same text as an input read before it: read once, so it cannot corroborate itself */
    DUPLICATE,
    /** a record over a size limit, or an archive that inflates past its limits (a bomb) */
    TOO_LARGE;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  public boolean readable() {
    return status == Status.OK;
  }

  public static Source failed(String id, String path, Status status, String problem) {
    return new Source(id, path, null, null, null, null, null, "", status, List.of(problem));
  }

  public Source withLanguage(String lang) {
    return new Source(id, path, url, outlet, title, lang, published, text, status, problems);
  }

  public Source withProblem(String problem) {
    List<String> all = new java.util.ArrayList<>(problems);
    all.add(problem);
    return new Source(id, path, url, outlet, title, language, published, text, status, all);
  }
}
