package org.tadqiq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadqiq.eval.PlantedBench;
import org.tadqiq.eval.Transformation;
import org.tadqiq.ingest.InputReader;
import org.tadqiq.ingest.Source;
import org.tadqiq.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plant PATH...}: the planted-conflict bench over a corpus. */
@Command(
    name = "plant",
    mixinStandardHelpOptions = true,
    description = {
      "Plants one change at a time in the articles (a different number, office, weekday, city …"
          + " that must be flagged; a spelling variant, other digits, a synonym … that must not)"
          + " and reports the detection rate and the false-conflict rate.",
      "Writes DIR/planted.json. Exit code 0, or 2 on a usage error."
    })
public final class PlantCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> inputs;

  @Option(names = "--transformations", paramLabel = "FILE",
      description = "transformations (YAML; default: the bundled planted/<language>.yaml)")
  Path transformations;

  @Mixin OutOption output;

  @Mixin RulesOption rules;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    RuleBook book = rules.load(err);
    if (book == null) {
      return CheckCommand.EXIT_USAGE;
    }
    List<Transformation> ts = new ArrayList<>();
    if (transformations != null) {
      try (InputStream in = Files.newInputStream(transformations)) {
        ts.addAll(PlantedBench.load(in));
      }
    } else {
      for (String lang : book.packs().keySet()) {
        try (InputStream in = PlantCommand.class.getResourceAsStream("/planted/" + lang + ".yaml")) {
          if (in != null) {
            ts.addAll(PlantedBench.load(in));
          }
        }
      }
    }
    List<Source> corpus = new ArrayList<>();
    new InputReader().read(inputs, corpus::add);
    PlantedBench.Result r = new PlantedBench(book).run(corpus, ts);
    print(r, o);
    Files.createDirectories(output.dir);
    // in a fixed order (Map.of iterates in an order of its own each run): two runs give one file
    Map<String, Object> planted = new java.util.LinkedHashMap<>();
    planted.put("detection_rate", r.detectionRate());
    planted.put("weak_kept_possible_rate", r.weakKeptPossibleRate());
    planted.put("false_conflict_rate", r.falseConflictRate());
    planted.put("missed_but_possible", r.possibleOnly());
    planted.put("variants", r.variants());
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(output.dir.resolve("planted.json").toFile(), planted);
    o.printf("written   %s%n", output.dir.resolve("planted.json"));
    o.flush();
    return CheckCommand.EXIT_OK;
  }

  static void print(PlantedBench.Result r, PrintWriter o) {
    o.printf("%-24s %8s %8s%n", "transformation", "variants", "flagged");
    r.byTransformation().forEach((id, c) -> o.printf("%-24s %8d %8d%n", id, c[0], c[1]));
    o.printf(Locale.ROOT, "detection rate       %.3f  (%d changes on strongly identified events: a conflict)%n",
        r.detectionRate(), r.strongCount());
    o.printf(Locale.ROOT, "weak kept possible   %.3f  (%d changes on weakly identified events: possible, not a conflict)%n",
        r.weakKeptPossibleRate(), r.count(true) - r.strongCount());
    o.printf(Locale.ROOT, "false-conflict rate  %.3f  (%d changes that must not be flagged)%n",
        r.falseConflictRate(), r.count(false));
    for (PlantedBench.Variant v : r.variants()) {
      if (!v.asExpected()) {
        String what = !v.mustFlag() ? "flagged" : v.strong() ? "missed " : v.flagged() ? "too sure" : "lost   ";
        o.printf("%s %s %s: \"%s\" → \"%s\"%s%n", what, v.transformation(),
            v.claim() == null ? v.source() : v.claim(), v.before(), v.after(),
            v.newConflict() == null ? "" : " — " + v.newConflict());
      }
    }
  }
}
