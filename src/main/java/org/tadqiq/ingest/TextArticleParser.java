package org.tadqiq.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text article. An optional header of {@code key: value} lines (url, source, published,
 * title, lang) followed by a blank line may precede the text; the text is what follows it.
 */
final class TextArticleParser implements ArticleParser {
  private static final Pattern HEADER_LINE =
      Pattern.compile("^(url|source|published|title|lang):[ \\t]*(.*)$", Pattern.CASE_INSENSITIVE);

  @Override
  public Source parse(String id, String path, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    String url = null;
    String outlet = null;
    String title = null;
    String lang = null;
    LocalDate published = null;
    List<String> problems = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int headerLines = 0;
    while (headerLines < lines.length) {
      Matcher m = HEADER_LINE.matcher(lines[headerLines].strip());
      if (!m.matches()) {
        break;
      }
      headerLines++;
    }
    boolean hasHeader =
        headerLines > 0 && headerLines < lines.length && lines[headerLines].isBlank();
    if (hasHeader) {
      for (int i = 0; i < headerLines; i++) {
        Matcher m = HEADER_LINE.matcher(lines[i].strip());
        m.matches();
        String value = m.group(2).strip();
        switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "url" -> url = value;
          case "source" -> outlet = value;
          case "title" -> title = value;
          case "lang" -> lang = value;
          case "published" -> {
            try {
              published = LocalDate.parse(value.length() >= 10 ? value.substring(0, 10) : value);
            } catch (DateTimeParseException e) {
              if (!value.isEmpty()) {
                problems.add("header 'published: " + value + "' is not a YYYY-MM-DD date; ignored");
              }
            }
          }
          default -> {}
        }
      }
      int offset = 0;
      for (int i = 0; i <= headerLines; i++) {
        offset += lines[i].length() + 1;
      }
      text = text.substring(Math.min(offset, text.length()));
    }
    return new Source(
        id, path, url, outlet, title, lang, published, text, Source.Status.OK, problems);
  }
}
