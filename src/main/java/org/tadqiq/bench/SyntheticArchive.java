package org.tadqiq.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.tadqiq.ingest.Source;

/**
 * Realistic synthetic archives made from seed articles: articles come in event clusters (several
 * outlets reporting one event, a few days after the previous cluster), and within a cluster they
 * share the event's numbers, place and weekday — so claims group the way real news does. Spelling
 * varies per article (ترامب/ترمب, digits), and about one article in fifty changes one number:
 * a planted conflict. Every article ends with a reference line of its own, so no two texts are
 * exact copies.
 */
public final class SyntheticArchive {
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final List<String> PLACES = List.of(
      "كوالالمبور", "جاكرتا", "جنيف", "الرياض", "الدوحة", "القاهرة", "إسطنبول", "باريس", "لندن");
  private static final List<String> WEEKDAYS = List.of(
      "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد");
  private static final Pattern PLACE = Pattern.compile(String.join("|", PLACES) + "|كوالا لامبور");
  private static final Pattern WEEKDAY = Pattern.compile(String.join("|", WEEKDAYS));

  private final List<Source> seeds;
  private final long seed;

  public SyntheticArchive(List<Source> seeds, long seed) {
    this.seeds = seeds.stream().filter(Source::readable).toList();
    this.seed = seed;
    if (this.seeds.isEmpty()) {
      throw new IllegalArgumentException("no readable seed article");
    }
  }

  /** Writes {@code articles} articles as gzipped JSON Lines; returns the uncompressed text bytes. */
  public long write(Path file, int articles, int perEvent) throws IOException {
    return write(file, articles, perEvent, List.of(), 0);
  }

  /**
   * As {@link #write(Path, int, int)}, and each of {@code plants} (sentences that wake the extra
   * rules of a grown pack) is put into each article with probability {@code rate}, as a paragraph
   * of its own after a random one; the rest of the archive is the same as without plants.
   */
  public long write(Path file, int articles, int perEvent, List<String> plants, double rate)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    LocalDate base = LocalDate.of(2025, 1, 1);
    long bytes = 0;
    Files.createDirectories(file.toAbsolutePath().getParent());
    // written under another name and moved when complete: an interrupted run leaves no
    // truncated archive behind to be measured as if it were whole
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), StandardCharsets.UTF_8))) {
      for (int i = 0; i < articles; i++) {
        int cluster = i / perEvent;
        Random event = new Random(seed * 31 + cluster);
        Random article = new Random(seed * 17 + i);
        Source s = seeds.get(cluster % seeds.size());
        int shift = event.nextInt(5);
        boolean planted = article.nextInt(50) == 0;
        String place = PLACES.get(event.nextInt(PLACES.size()));
        String day = WEEKDAYS.get(event.nextInt(WEEKDAYS.size()));
        String text = replaceAll(NUMBER, s.text(), n -> {
          long v = Long.parseLong(n.length() > 9 ? n.substring(0, 9) : n);
          return Long.toString(v + shift + (planted ? 7 : 0));
        });
        text = replaceAll(PLACE, text, x -> place);
        text = replaceAll(WEEKDAY, text, x -> day);
        if (article.nextBoolean()) {
          text = text.replace("ترامب", "ترمب");
        }
        text = plant(text, plants, rate, new Random(seed * 13 + i));
        // a line of its own makes every article's text distinct: check and audit read an exact
        // copy of an earlier text as a duplicate without extracting it, which a real archive
        // rarely holds, so copies would make them look several times faster than they are
        text = text + "\n" + reference(seed, i);
        ObjectNode n = json.createObjectNode();
        n.put("id", "syn-" + i);
        n.put("url", "https://outlet-" + (i % perEvent) + ".example/news/" + i);
        n.put("source", "outlet-" + (i % perEvent));
        n.put("published", base.plusDays(cluster * 3L).toString());
        n.put("title", s.title() == null ? "" : s.title());
        n.put("lang", "ar");
        n.put("text", text);
        w.write(json.writeValueAsString(n));
        w.write('\n');
        bytes += text.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    return bytes;
  }

  // Latin letters: no Arabic rule's trigger, and no digit for a number rule to read
  private static String reference(long seed, int i) {
    StringBuilder b = new StringBuilder("ref ");
    long n = seed * 1_000_003L + i;
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.toString();
  }

  private static String plant(String text, List<String> plants, double rate, Random r) {
    if (plants.isEmpty()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text);
    for (String p : plants) {
      if (r.nextDouble() < rate) {
        int at = b.indexOf("\n", r.nextInt(b.length()));
        if (at < 0) {
          b.append('\n').append(p);
        } else {
          b.insert(at, "\n" + p);
        }
      }
    }
    return b.toString();
  }

  private static String replaceAll(Pattern p, String text, java.util.function.UnaryOperator<String> f) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder(text.length() + 16);
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement(f.apply(m.group())));
    }
    m.appendTail(b);
    return b.toString();
  }
}
