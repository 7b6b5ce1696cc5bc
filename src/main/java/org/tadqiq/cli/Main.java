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
    System.exit(run(args));
  }

  static int run(String... args) {
    return commandLine().execute(args);
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
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      // a fault of ours, not of the input: one line, not a stack trace
      c.getErr().println("tadqiq: internal error: " + ex
          + (ex.getCause() == null ? "" : " (" + ex.getCause() + ")") + " — please report it");
      return CheckCommand.EXIT_USAGE;
    });
    return cl;
  }
}
