package org.tadqiq.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * A seeded generator of hostile inputs, as a hostile user would bring them: files of every
 * format with broken encodings, broken characters, script payloads, bidi tricks, huge lines and
 * emptiness; folders with hidden files, links in and out, cycles and pipes; JSON Lines and WARC
 * archives with broken records, bombs and truncation. Every path it makes is listed, with how
 * many records an archive holds when that is known.
 */
final class HostileFiles {
  /** A path made (a file, folder or link) and, for an archive, the records read from it (-1: unknown). */
  record Made(Path path, int records) {}

  private final Random random;
  private final List<String> arabic;
  private int names;
  final List<Made> made = new ArrayList<>();
  /** Archive records written (each counts as one input tried). */
  int records;

  private static final String[] ENGLISH = {
    "Rubio and Lavrov met in Kuala Lumpur on Thursday for about 50 minutes.",
    "The former president said the talks lasted three hours.",
    "More than 400 drones and 18 missiles were launched overnight.",
  };

  private static final String[] PAYLOADS = {
    "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "javascript:alert(3)",
    "\"><svg onload=alert(4)>", "<iframe srcdoc='<script>alert(5)</script>'>", "<!--", "]]>",
    "<base href=//evil>", "<meta http-equiv=refresh content='0;url=javascript:alert(6)'>",
    "' onmouseover='alert(7)", "<a href=\"jav&#x09;ascript:alert(8)\">x</a>", "{{7*7}}", "${7*7}",
    "<style>body{background:url(javascript:alert(9))}</style>", "</script><script>alert(10)</script>",
    "<math><mi xlink:href=javascript:alert(11)>", "<form action=javascript:alert(12)><button>",
    "<object data=javascript:alert(13)>", "<embed src=javascript:alert(14)>",
  };

  private static final String[] BROKEN = {
    "\uD800", "\uDC00", "\u0000", "\u0007", "\u001B[31m", "\u202E", "\u202B", "\u2066", "\u2069",
    "\u202C", "\uFEFF", "\u200B", "\u00A0", "\uFFFF", "\uFFFE", "\uD83D\uDE00", "\uD83C\uDDF8\uD83C\uDDE6",
    "\u0651\u064E", "\u0301".repeat(40), "\r", "\r\n", "\t", "\u2028", "\u0085",
  };

  HostileFiles(long seed, List<String> arabic) {
    this.random = new Random(seed);
    this.arabic = arabic;
  }

  private String pick(String[] a) {
    return a[random.nextInt(a.length)];
  }

  private String sentence() {
    return random.nextInt(5) == 0 ? pick(ENGLISH) : arabic.get(random.nextInt(arabic.size()));
  }

  /** Text of a few sentences with hostile pieces spliced in. */
  String text(int sentences) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      b.append(sentence());
      int k = random.nextInt(10);
      if (k == 0) {
        b.append(pick(PAYLOADS));
      } else if (k < 3) {
        b.append(pick(BROKEN));
      }
      b.append(random.nextInt(4) == 0 ? "\n" : " ");
    }
    return b.toString();
  }

  private String name(String ext) {
    String[] odd = {"", " space", "-dash", "\u202Egpj.exe", "عربي", "x~cd49032d", "a.b.c", "UPPER",
        "\u00A0nbsp", "#hash", "%25", "quo'te", "emoji\uD83D\uDE00", "long" + "x".repeat(150)};
    return "f" + (names++) + pick(odd) + ext;
  }

  private Path write(Path dir, String ext, byte[] bytes) throws IOException {
    Path p = dir.resolve(name(ext));
    Files.write(p, bytes);
    made.add(new Made(p, -1));
    return p;
  }

  /** Fills {@code dir} with about {@code n} hostile entries of every kind. */
  void fill(Path dir, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      switch (random.nextInt(14)) {
        case 0 -> write(dir, ".txt", randomBytes(random.nextInt(3000)));
        case 1 -> write(dir, ".txt", encoded(text(1 + random.nextInt(8))));
        case 2 -> write(dir, ".txt", header().getBytes(StandardCharsets.UTF_8));
        case 3, 4 -> write(dir, random.nextBoolean() ? ".html" : ".htm", html().getBytes(StandardCharsets.UTF_8));
        case 5 -> write(dir, pick(new String[] {".pdf", "", ".TXT", ".Html", ".json", ".gz", ".warc.gz.bak"}),
            randomBytes(random.nextInt(200)));
        case 6 -> jsonLines(dir);
        case 7 -> warc(dir);
        case 8 -> folder(dir);
        case 9 -> links(dir);
        case 10 -> write(dir, ".txt", whiteSpace());
        case 11 -> write(dir, ".txt", (sentence() + " ").repeat(200 + random.nextInt(2000))
            .replace(".", "").getBytes(StandardCharsets.UTF_8)); // one long line, no sentence end
        case 12 -> write(dir, ".txt", cutEmoji());
        default -> write(dir, ".txt", text(2 + random.nextInt(10)).getBytes(StandardCharsets.UTF_8));
      }
    }
  }

  private byte[] randomBytes(int n) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    return b;
  }

  /** A text in one of many encodings, some of them broken. */
  private byte[] encoded(String text) {
    String t = text.replace("\uD800", "").replace("\uDC00", ""); // made broken below instead
    return switch (random.nextInt(9)) {
      case 0 -> concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, t.getBytes(StandardCharsets.UTF_8));
      case 1 -> concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, t.getBytes(StandardCharsets.UTF_16LE));
      case 2 -> concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, t.getBytes(StandardCharsets.UTF_16BE));
      case 3 -> t.getBytes(StandardCharsets.UTF_16LE);
      case 4 -> t.getBytes(StandardCharsets.UTF_16BE);
      case 5 -> t.getBytes(StandardCharsets.ISO_8859_1);
      case 6 -> { // a UTF-8 text with a broken sequence spliced in
        byte[] u = t.getBytes(StandardCharsets.UTF_8);
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xF8}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}};
        int at = random.nextInt(u.length + 1);
        yield concat(concat(java.util.Arrays.copyOf(u, at), bad[random.nextInt(bad.length)]),
            java.util.Arrays.copyOfRange(u, at, u.length));
      }
      case 7 -> java.util.Arrays.copyOf(t.getBytes(StandardCharsets.UTF_8),
          Math.max(0, t.getBytes(StandardCharsets.UTF_8).length - 1)); // cut in a character
      default -> text.getBytes(StandardCharsets.UTF_8);
    };
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private String header() {
    String[] values = {pick(PAYLOADS), "javascript:alert(1)", "\u202Eevil", "9999-99-99", "2025-02-30",
        "", "\uD800", "x".repeat(5000), "ar", "en", "xx", "2025-07-10T99:99", sentence()};
    StringBuilder b = new StringBuilder();
    for (String key : new String[] {"url", "source", "published", "title", "lang"}) {
      if (random.nextInt(3) > 0) {
        b.append(random.nextBoolean() ? key : key.toUpperCase()).append(": ").append(pick(values)).append('\n');
      }
    }
    return b.append(random.nextInt(5) == 0 ? "" : "\n").append(text(1 + random.nextInt(5))).toString();
  }

  /** A page with script payloads in its metadata and body, broken entities, deep nesting. */
  String html() {
    StringBuilder b = new StringBuilder("<html lang=\"" + pick(new String[] {"ar", "en", "\uD800", "<x>", ""}) + "\"><head>");
    b.append("<title>").append(pick(PAYLOADS)).append(sentence()).append("</title>");
    b.append("<meta property=\"og:title\" content=\"").append(pick(PAYLOADS).replace("\"", "&quot;")).append("\">");
    b.append("<meta property=\"og:site_name\" content=\"").append(pick(BROKEN)).append("outlet\">");
    b.append("<link rel=\"canonical\" href=\"").append(pick(new String[] {"javascript:alert(1)",
        "https://example.org/a", "data:text/html,<script>alert(1)</script>", " JaVaScRiPt:x"})).append("\">");
    b.append("<meta property=\"article:published_time\" content=\"").append(pick(new String[] {
        "2025-07-10T09:00:00Z", "yesterday", "", "2025-13-45", "99999"})).append("\">");
    b.append("</head><body>");
    int depth = random.nextInt(4) == 0 ? 300 + random.nextInt(700) : 1;
    b.append("<div>".repeat(depth));
    b.append(random.nextBoolean() ? "<article>" : "");
    for (int i = 0; i < 1 + random.nextInt(6); i++) {
      b.append("<p>").append(escapeSome(sentence())).append(pick(PAYLOADS))
          .append(pick(new String[] {"&#xD800;", "&#0;", "&#x202E;", "&#x1F600;", "&nbsp;", "&#1114112;", "&amp", "&#x110000;"}))
          .append("</p>");
    }
    b.append(random.nextBoolean() ? "<nav>" + sentence() + "</nav>" : "").append(random.nextBoolean() ? "</article>" : "");
    b.append("</div>".repeat(random.nextInt(depth + 1)));
    return random.nextInt(6) == 0 ? b.substring(0, random.nextInt(b.length())) : b.append("</body></html>").toString();
  }

  private String escapeSome(String s) {
    return random.nextInt(4) == 0 ? s.replace("<", "&lt;") : s;
  }

  private byte[] whiteSpace() {
    String[] ws = {" ", "\n", "\t", "\u00A0", "\u202F", "\u200B", "\uFEFF", "\u200F", "\u2066", "\r\n"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < random.nextInt(50); i++) {
      b.append(pick(ws));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Emoji laid so that the 90-char title and the 400-char quote windows cut one in two. */
  private byte[] cutEmoji() {
    String emoji = "\uD83D\uDE00";
    return ("x".repeat(random.nextInt(3)) + emoji.repeat(45 + random.nextInt(10)) + "\n"
        + "x".repeat(random.nextInt(2)) + emoji.repeat(200 + random.nextInt(10)) + " " + sentence())
        .getBytes(StandardCharsets.UTF_8);
  }

  /** A JSON Lines archive (sometimes gzipped, truncated or a bomb) of hostile records. */
  private void jsonLines(Path dir) throws IOException {
    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    int lines = 1 + random.nextInt(40);
    int counted = 0;
    if (random.nextInt(6) == 0) {
      raw.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int i = 0; i < lines; i++) {
      String line = switch (random.nextInt(12)) {
        case 0 -> "{this is not json";
        case 1 -> "[1, 2, 3]";
        case 2 -> "";
        case 3 -> "{\"id\": \"" + pick(new String[] {"x~cd49032d", "\\ud800", "", "a\\u0000b", "\\u202Eevil"})
            + "\", \"title\": \"\\udc00" + pick(PAYLOADS).replace("\"", "\\\"") + "\", \"text\": \"" + json(text(3)) + "\"}";
        case 4 -> "{\"id\": 5, \"text\": 7, \"html\": {\"a\": 1}, \"published\": [], \"lang\": null}";
        case 5 -> "{\"id\": \"h" + i + "\", \"html\": \"" + json(html()) + "\", \"url\": \"javascript:alert(1)\"}";
        case 6 -> "{\"id\": \"big" + i + "\", \"text\": \"" + json(sentence()).repeat(1500) + "\"}";
        case 7 -> "{\"text\": \"" + json(text(2)) + "\", \"published\": \"" + pick(new String[] {"yesterday", "2025-02-30", "2025-07-10"}) + "\"}";
        case 8 -> "\u0000\u0001\u0002";
        default -> "{\"id\": \"r" + i + "\", \"source\": \"" + json(pick(BROKEN)) + "\", \"text\": \"" + json(text(2)) + "\"}";
      };
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      if (random.nextInt(25) == 0) {
        bytes = concat(bytes, new byte[] {(byte) 0xFF, (byte) 0xC3}); // not UTF-8
      }
      raw.write(bytes);
      raw.write(random.nextInt(8) == 0 ? new byte[] {'\r', '\n'} : new byte[] {'\n'});
      if (!line.isBlank() || bytes.length != line.length()) {
        counted++;
      }
    }
    records += lines;
    byte[] content = raw.toByteArray();
    int kind = random.nextInt(8);
    boolean gzip = kind >= 4;
    if (gzip) {
      content = gzip(content);
      if (kind == 6) {
        content = java.util.Arrays.copyOf(content, random.nextInt(content.length)); // truncated
      } else if (kind == 7) {
        content = concat(content, randomBytes(1 + random.nextInt(40))); // garbage after the data
      }
    } else if (kind == 3) {
      content = java.util.Arrays.copyOf(content, random.nextInt(content.length + 1));
    }
    if (random.nextInt(30) == 0) {
      content = gzip(bomb());
      gzip = true;
    }
    Path p = dir.resolve(name(gzip ? ".jsonl.gz" : ".jsonl"));
    Files.write(p, content);
    made.add(new Made(p, gzip || kind == 3 ? -1 : counted));
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c) && !Character.isHighSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private byte[] bomb() {
    byte[] zeros = new byte[(8 + random.nextInt(8)) << 20];
    java.util.Arrays.fill(zeros, (byte) ' ');
    return concat("{\"id\": \"bomb\", \"text\": \"".getBytes(StandardCharsets.UTF_8), zeros);
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream o = new GZIPOutputStream(out)) {
      o.write(content);
    }
    return out.toByteArray();
  }

  /** A WARC (sometimes gzipped) of hostile records, sometimes damaged after it is written. */
  private void warc(Path dir) throws IOException {
    boolean gzip = random.nextBoolean();
    Path p = dir.resolve(name(gzip ? ".warc.gz" : ".warc"));
    int n = 1 + random.nextInt(12);
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(p,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      if (random.nextBoolean()) {
        w.write(new Warcinfo.Builder().filename("x").build());
      }
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(7)) {
          case 0 -> w.write(new WarcRequest.Builder(URI.create("https://example.org/" + i))
              .body(MediaType.HTTP_REQUEST, "GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII)).build());
          case 1 -> w.write(response(i, "image/png", randomBytes(random.nextInt(500))));
          case 2 -> w.write(response(i, "text/html; charset=" + pick(new String[] {"utf-16", "x-unknown", "windows-1256", "UTF-8"}),
              html().getBytes(StandardCharsets.UTF_8)));
          case 3 -> w.write(response(i, "text/html", randomBytes(random.nextInt(300))));
          default -> w.write(response(i, "text/html; charset=utf-8", html().getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    records += n;
    byte[] all = Files.readAllBytes(p);
    switch (random.nextInt(6)) {
      case 0 -> Files.write(p, java.util.Arrays.copyOf(all, random.nextInt(all.length + 1)));
      case 1 -> { // bytes flipped here and there
        for (int k = 0; k < 1 + random.nextInt(10); k++) {
          all[random.nextInt(all.length)] ^= (byte) (1 << random.nextInt(8));
        }
        Files.write(p, all);
      }
      case 2 -> { // a header edited in plain text
        String s = new String(all, StandardCharsets.ISO_8859_1);
        s = s.replaceFirst(pick(new String[] {"WARC-Date: [^\r]*", "Content-Length: \\d+", "WARC/1.[01]", "WARC-Target-URI: [^\r]*"}),
            pick(new String[] {"WARC-Date: yesterday", "Content-Length: 99999", "Content-Length: x", "WARX/9", "WARC-Target-URI: ::::"}));
        Files.write(p, s.getBytes(StandardCharsets.ISO_8859_1));
      }
      default -> { }
    }
    made.add(new Made(p, -1));
  }

  private WarcResponse response(int i, String type, byte[] body) {
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\nContent-Length: " + body.length
        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    return new WarcResponse.Builder(URI.create("https://example.org/" + pick(new String[] {"a", "b", "\u202E"}).hashCode() + "/" + i))
        .date(Instant.parse("2025-07-10T12:00:00Z"))
        .body(MediaType.HTTP_RESPONSE, concat(head, body))
        .build();
  }

  /** A folder with hidden files and folders, nesting, and files inside. */
  private void folder(Path dir) throws IOException {
    Path f = dir.resolve(name(random.nextBoolean() ? "" : ".d"));
    Files.createDirectories(f);
    made.add(new Made(f, -1));
    Path deep = f;
    for (int i = 0; i < random.nextInt(12); i++) {
      deep = deep.resolve(random.nextInt(5) == 0 ? ".hidden" + i : "d" + i);
    }
    Files.createDirectories(deep);
    Files.write(deep.resolve("deep.txt"), (text(2)).getBytes(StandardCharsets.UTF_8));
    Files.write(f.resolve(".secret.txt"), (text(1)).getBytes(StandardCharsets.UTF_8));
    if (random.nextBoolean()) {
      Files.createDirectories(f.resolve(".git/objects"));
      Files.write(f.resolve(".git/objects/x.txt"), (text(1)).getBytes(StandardCharsets.UTF_8));
    }
    if (random.nextBoolean()) {
      Files.createDirectories(f.resolve("looks-like.txt")); // a folder named like a file
    }
  }

  /** Links inside, out of, back up and around, broken; and a named pipe. */
  private void links(Path dir) throws IOException {
    Path target = dir.resolve(name(".txt"));
    Files.write(target, (text(2)).getBytes(StandardCharsets.UTF_8));
    made.add(new Made(target, -1));
    Path outside = dir.getParent().resolve("outside-" + names + ".txt");
    Files.write(outside, ("SECRET-OUTSIDE " + text(1)).getBytes(StandardCharsets.UTF_8));
    Path[] targets = {target, outside, dir.resolve("missing-" + names), dir, dir.getParent(), Path.of("/etc/hostname")};
    Path link = dir.resolve(name(random.nextBoolean() ? ".txt" : ""));
    try {
      Files.createSymbolicLink(link, targets[random.nextInt(targets.length)]);
      made.add(new Made(link, -1));
      if (random.nextInt(4) == 0) {
        Path a = dir.resolve(name(".txt"));
        Path b = dir.resolve(name(".txt"));
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        made.add(new Made(a, -1));
        made.add(new Made(b, -1));
      }
      if (random.nextInt(3) == 0) {
        Path fifo = dir.resolve(name(".txt"));
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
          made.add(new Made(fifo, -1));
        }
      }
    } catch (UnsupportedOperationException | InterruptedException e) {
      // a file system without links or pipes: the rest is still hostile enough
    }
  }
}
