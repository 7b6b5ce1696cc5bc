package org.tadqiq.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code tadqiq} command. */
@Command(
    name = "tadqiq",
    mixinStandardHelpOptions = true,
    version = "tadqiq 0.1.0",
    description = {
      "Cross-source claim-consistency checker for news.",
      "",
      "  tadqiq check PATH...                  compare articles, write reports/report.html",
      "  tadqiq check DRAFT --against STORE    check a draft against a claim store",
      "  tadqiq audit PATH... --store STORE    read archives into a claim store",
      "  tadqiq help COMMAND                   explain a command",
      ""
    },
    subcommands = {CommandLine.HelpCommand.class, CheckCommand.class, AuditCommand.class, EvalCommand.class, PlantCommand.class, BenchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "name a command, e.g. 'tadqiq check seeds'; 'tadqiq help COMMAND' explains one");
  }

  public static void main(String[] args) {
    int code = Failures.EXIT_INTERNAL;
    try {
      code = run(args);
    } catch (Throwable e) { // out of memory before or after the command: never exit 0 or 1
      try {
        code = Failures.report(e, new java.io.PrintWriter(System.err, true));
      } catch (Throwable again) {
        code = Failures.EXIT_INTERNAL; // not even the message could be written
      }
    }
    System.exit(code);
  }

  static int run(String... args) {
    return run(null, null, args);
  }

  /** Runs a command; {@code out} and {@code err} replace stdout and stderr when given. */
  static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
    CommandLine cl = commandLine();
    if (out != null) {
      cl.setOut(out);
    }
    if (err != null) {
      cl.setErr(err);
    }
    try {
      return cl.execute(args);
    } catch (Error e) { // picocli lets errors (out of memory) through
      return Failures.report(e, cl.getErr());
    }
  }

  /** The command line with tadqiq's exit codes and error handling (tests set its out and err). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setExitCodeExceptionMapper(e -> CheckCommand.EXIT_USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println(ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return CheckCommand.EXIT_USAGE;
        });
    // one line, never a stack trace: 2 for what the user can fix, 4 for out of memory or a bug
    cl.setExecutionExceptionHandler((ex, c, parsed) -> Failures.report(ex, c.getErr()));
    return cl;
  }
}
