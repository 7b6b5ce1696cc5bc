package org.tadqiq.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tadqiq.ingest.Source;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.rules.Lexicon;
import org.tadqiq.rules.LexiconEntry;
import org.tadqiq.rules.LanguagePack;
import org.tadqiq.rules.RuleBookLoader;
import org.tadqiq.text.NormalizedText;

/**
 * A copy of a rules folder grown to more Arabic rules, to measure how extraction cost grows with the
 * number of rules. Each extra rule is a copy of a real rule of the pack (same pattern, lookback,
 * kind and builder) whose trigger word list is replaced by a made-up word of its own; the sentence
 * that wakes it — the real rule's first example with its trigger word swapped for the made-up one —
 * is returned, so the bench can plant it in the synthetic text and every extra rule really fires
 * (rules whose copy would not fire on its sentence are not copied).
 */
public final class SyntheticRules {
  private SyntheticRules() {}

  /** A grown rules folder and, for each extra rule, a sentence it matches. */
  public record Grown(Path dir, List<String> sentences) {}

  /** One real rule to copy: its YAML, its trigger lexicon, and where its example names a trigger. */
  private record Template(ObjectNode rule, String lexicon, String text, int from, int to,
      LexiconEntry entry, String quoted) {}

  /**
   * Copies {@code rules} to {@code target} and adds copies of {@code pack}'s rules until the pack
   * has {@code total} rules.
   */
  public static Grown write(Path rulesDir, Path target, LanguagePack pack, int total) throws IOException {
    Path rules = rulesDir.toRealPath(); // a linked rules folder is walked as the folder it names
    try (Stream<Path> s = Files.walk(rules)) {
      for (Path p : s.toList()) {
        Path t = target.resolve(rules.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.deleteIfExists(target.resolve(pack.language() + "/zz-synthetic.yaml"));
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    List<Template> all = templates(yaml, rules.resolve(pack.language()), pack);
    // a copy one of whose sentences another rule wins (a second trigger word left in the example,
    // a higher priority) would not fire: one copy of each is tried, and only those that fire are kept
    List<String> probe = write(yaml, target, pack, all, all.size());
    CheckPipeline pipeline = new CheckPipeline(new RuleBookLoader().load(target), 1);
    List<Template> templates = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      String id = all.get(i).rule().get("id").asText() + ".copy-" + i;
      Source s = new Source("probe", "probe", null, null, null, pack.language(), null, probe.get(i),
          Source.Status.OK, List.of());
      if (pipeline.extract(s).claims().stream().anyMatch(c -> c.rule().equals(id))) {
        templates.add(all.get(i));
      }
    }
    if (templates.isEmpty()) {
      throw new IllegalStateException("no rule of the " + pack.language() + " pack can be copied");
    }
    List<String> sentences =
        write(yaml, target, pack, templates, Math.max(0, total - pack.rules().size()));
    return new Grown(target, sentences);
  }

  private static List<String> write(ObjectMapper yaml, Path target, LanguagePack pack,
      List<Template> templates, int extra) throws IOException {
    ObjectNode file = yaml.createObjectNode();
    ArrayNode lexicons = file.putArray("lexicons");
    ArrayNode copies = file.putArray("rules");
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < extra; i++) {
      Template t = templates.get(i % templates.size());
      String name = "SYN_" + i;
      String word = word(i);
      ObjectNode lex = lexicons.addObject();
      lex.put("name", name);
      lex.put("clitics", pack.lexicon(t.lexicon()).clitics());
      ObjectNode entry = lex.putArray("entries").addObject();
      entry.put("id", t.entry().id());
      entry.putArray("forms").add(word);
      if (!t.entry().data().isEmpty()) {
        entry.set("data", yaml.valueToTree(new java.util.TreeMap<>(t.entry().data())));
      }
      ObjectNode copy = t.rule().deepCopy();
      copy.put("id", t.rule().get("id").asText() + ".copy-" + i);
      copy.putArray("triggers").add(name);
      copy.put("pattern", copy.get("pattern").asText()
          .replaceAll("\\{" + Pattern.quote(t.lexicon()) + "(?=[:}])", Matcher.quoteReplacement("{" + name)));
      String text = t.text().substring(0, t.from()) + word + t.text().substring(t.to());
      ObjectNode example = copy.putArray("examples").addObject();
      example.put("text", text);
      ArrayNode expect = example.putArray("expect");
      for (JsonNode e : t.rule().get("examples").get(0).path("expect")) {
        if (e.path("quote").asText().contains(t.quoted())) {
          ObjectNode x = ((ObjectNode) e).deepCopy();
          x.put("quote", e.get("quote").asText().replace(t.quoted(), word));
          expect.add(x);
        }
      }
      copy.remove("negatives");
      copies.add(copy);
      sentences.add(text);
    }
    yaml.writeValue(target.resolve(pack.language() + "/zz-synthetic.yaml").toFile(), file);
    return sentences;
  }

  /**
   * The pack's rules woken by one lexicon whose first example names one of its words, in file
   * order: each copy then keeps the real rule's shape and is woken only by its own word.
   */
  private static List<Template> templates(ObjectMapper yaml, Path dir, LanguagePack pack)
      throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Template> out = new ArrayList<>();
    for (Path f : files) {
      JsonNode root = yaml.readTree(f.toFile());
      if (root == null || !root.path("rules").isArray()) {
        continue;
      }
      for (JsonNode r : root.get("rules")) {
        JsonNode triggers = r.path("triggers");
        JsonNode examples = r.path("examples");
        if (triggers.size() != 1 || examples.size() == 0 || !r.path("pattern").isTextual()) {
          continue;
        }
        String lexicon = triggers.get(0).asText();
        String text = examples.get(0).path("text").asText();
        Lexicon lex = pack.lexicon(lexicon);
        NormalizedText n = pack.normalizer().normalize(text);
        for (String form : lex.formsLongestFirst()) {
          int at = n.normalized().indexOf(form);
          if (at >= 0) {
            int from = n.toOriginalStart(at);
            int to = n.toOriginalEnd(at + form.length());
            out.add(new Template((ObjectNode) r, lexicon, text, from, to, lex.lookup(form),
                text.substring(from, to)));
            break;
          }
        }
      }
    }
    return out;
  }

  // made-up words from Arabic letters: no real word, so only its own planted sentence wakes a copy
  static String word(int i) {
    String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
    StringBuilder b = new StringBuilder("ظ");
    int n = i + 7;
    while (n > 0) {
      b.append(letters.charAt(n % letters.length()));
      n /= letters.length();
    }
    return b.append("ظ").toString();
  }
}
