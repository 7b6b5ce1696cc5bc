package org.tadqiq.cli;

import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine;

/** Checks of option values shared by the commands, each with a message that says what to do. */
final class Options {
  private Options() {}

  /** Throws a usage error when {@code threads} is not a thread count. */
  static void requireThreads(CommandLine cl, int threads) {
    if (threads < 1) {
      throw new CommandLine.ParameterException(cl,
          "--threads " + threads + ": give 1 or more threads (leave it out to use every core)");
    }
  }

  /** Throws a usage error when the report folder cannot be used. */
  static void requireOut(CommandLine cl, OutOption out) {
    String problem = out.problem();
    if (problem != null) {
      throw new CommandLine.ParameterException(cl, problem);
    }
  }

  /** The interface language asked for, or null (the sources' majority); a usage error if unknown. */
  static String ui(CommandLine cl, String ui) {
    if (ui == null) {
      return null;
    }
    String lang = ui.toLowerCase(Locale.ROOT);
    if (!org.tadqiq.report.Labels.LANGUAGES.contains(lang)) {
      throw new CommandLine.ParameterException(cl, "--ui " + ui + ": the report speaks "
          + String.join(" or ", org.tadqiq.report.Labels.LANGUAGES));
    }
    return lang;
  }

  static void flush(PrintWriter... writers) {
    for (PrintWriter w : writers) {
      w.flush();
    }
  }
}
