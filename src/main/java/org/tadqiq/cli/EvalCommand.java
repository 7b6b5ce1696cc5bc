package org.tadqiq.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tadqiq.eval.EvalResult;
import org.tadqiq.eval.Evaluator;
import org.tadqiq.eval.Gold;
import org.tadqiq.eval.GoldLoader;
import org.tadqiq.eval.Score;
import org.tadqiq.pipeline.CheckPipeline;
import org.tadqiq.pipeline.CheckResult;
import org.tadqiq.rules.RuleBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code eval --gold FILE PATH...}: precision, recall and F1 of a check against gold. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the check on PATHs and scores it against gold annotations: precision, recall and F1"
          + " for claims (per kind and per language) and for conflicts, and for every verdict of"
          + " the gold's pairs how many the check treats as the reader did; lists every miss,"
          + " false hit, missed pair (conflict, disputed, copy difference, agree, with what the"
          + " check did instead) and flagged trap with its quote.",
      "Writes DIR/eval.json. Exit code 0, or 2 on a usage error."
    })
public final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "FILE",
      description = "gold annotations: a JSON file or a folder of them (format 1 or 2, see README);"
          + " repeat the option for more")
  List<Path> goldFiles;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "article files or folders")
  List<Path> inputs;

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
    Gold gold;
    try {
      gold = new GoldLoader().loadAll(goldFiles);
    } catch (IllegalArgumentException e) {
      err.println("tadqiq: " + e.getMessage());
      return CheckCommand.EXIT_USAGE;
    }
    CheckResult result = new CheckPipeline(book).check(inputs, p -> err.println("tadqiq: " + p));
    EvalResult r = new Evaluator().evaluate(gold, result);
    print(r, o);
    Files.createDirectories(output.dir);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
        .writeValue(output.dir.resolve("eval.json").toFile(), r);
    o.printf("written   %s%n", output.dir.resolve("eval.json"));
    o.flush();
    return CheckCommand.EXIT_OK;
  }

  static void print(EvalResult r, PrintWriter o) {
    o.printf("%-10s %9s %9s %9s %5s %5s %5s%n", "claims", "precision", "recall", "F1", "tp", "fp", "fn");
    for (Map.Entry<String, Score> e : r.claimsByKind().entrySet()) {
      row(o, e.getKey(), e.getValue());
    }
    row(o, "all", r.claims());
    for (Map.Entry<String, Score> e : r.claimsByLanguage().entrySet()) {
      row(o, "lang " + e.getKey(), e.getValue());
    }
    row(o, "conflicts", r.conflicts());
    if (!r.pairs().isEmpty()) {
      o.printf("%-24s %5s %9s%n", "gold pairs", "gold", "as judged");
      r.pairs().forEach((verdict, s) -> o.printf("%-24s %5d %9d%n", verdict, s.gold(), s.asJudged()));
    }
    for (EvalResult.Item m : r.misses()) {
      o.printf("miss      %s %s @%d \"%s\" expected %s%s%n", m.source(), m.kind(), m.start(), m.quote(),
          m.expected(), m.found() == null ? "" : ", found " + m.found());
    }
    for (EvalResult.Item f : r.falseHits()) {
      o.printf("false hit %s %s @%d \"%s\" = %s%n", f.source(), f.kind(), f.start(), f.quote(), f.found());
    }
    for (EvalResult.Item f : r.unscored()) {
      o.printf("unscored  %s %s @%d \"%s\" = %s (a period the gold format does not annotate)%n",
          f.source(), f.kind(), f.start(), f.quote(), f.found());
    }
    r.missedConflicts().forEach(m -> o.println("missed conflict  " + m));
    for (String verdict : List.of("DISPUTED", "COPY_DIFFERENCE", "AGREE")) {
      r.missedPairs().stream().filter(m -> m.verdict().equals(verdict)).forEach(m ->
          o.println("missed " + verdict.toLowerCase(Locale.ROOT).replace('_', ' ') + "  "
              + m.kind() + ": " + m.note() + " " + m.quotes() + " → instead: " + m.instead()));
    }
    r.falseConflicts().forEach(m -> o.println("false conflict   " + m));
    r.unjudgedConflicts().forEach(m -> o.println("unjudged conflict " + m));
    r.nonConflictViolations().forEach(m -> o.println("non-conflict flagged  " + m));
    r.problems().forEach(m -> o.println("gold problem  " + m));
  }

  private static void row(PrintWriter o, String name, Score s) {
    o.printf(Locale.ROOT, "%-10s %9.3f %9.3f %9.3f %5d %5d %5d%n", name, s.precision(), s.recall(),
        s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
  }
}
