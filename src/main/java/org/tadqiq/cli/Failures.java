package org.tadqiq.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.tadqiq.store.StoreException;

/**
 * What a failure that ends a run tells the user, in one line, and the exit code it ends with:
 * 2 for what the user can fix (an output path, a store, the disk), 4 for out of memory or an
 * internal error — never 0 or 1, which mean "no conflict" and "conflicts" (3 is the editor's
 * check comparing nothing). No stack trace unless TADQIQ_DEBUG is set.
 */
final class Failures {
  static final int EXIT_INTERNAL = 4;

  private Failures() {}

  /** Reports {@code e} on {@code err} and returns the exit code. */
  static int report(Throwable e, PrintWriter err) {
    Throwable oom = find(e, OutOfMemoryError.class);
    if (oom != null) {
      err.println("tadqiq: out of memory (the Java heap holds at most "
          + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give it more (java -Xmx4g -jar …),"
          + " lower the input limits (--limit), or use 'audit', which streams large archives");
      return finish(e, err, EXIT_INTERNAL);
    }
    if (find(e, StackOverflowError.class) != null) {
      err.println("tadqiq: internal error: the stack overflowed (input nested too deep?)");
      return finish(e, err, EXIT_INTERNAL);
    }
    picocli.CommandLine.ParameterException usage = find(e, picocli.CommandLine.ParameterException.class);
    if (usage != null) {
      err.println(usage.getMessage());
      return finish(e, err, CheckCommand.EXIT_USAGE);
    }
    org.tadqiq.rules.RuleFileException rules = find(e, org.tadqiq.rules.RuleFileException.class);
    if (rules != null) {
      err.println("tadqiq: broken rules: " + rules.getMessage());
      return finish(e, err, CheckCommand.EXIT_USAGE);
    }
    StoreException store = find(e, StoreException.class);
    if (store != null) {
      err.println("tadqiq: " + store.getMessage());
      return finish(e, err, CheckCommand.EXIT_USAGE);
    }
    IOException io = find(e, IOException.class);
    if (io != null) {
      err.println("tadqiq: " + describe(io));
      return finish(e, err, CheckCommand.EXIT_USAGE);
    }
    err.println("tadqiq: internal error: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage())
        + " — a bug; run with TADQIQ_DEBUG=1 to see where it happened");
    return finish(e, err, EXIT_INTERNAL);
  }

  private static int finish(Throwable e, PrintWriter err, int code) {
    if (System.getenv("TADQIQ_DEBUG") != null) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** An I/O failure as one line naming the file. */
  static String describe(IOException e) {
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + " is a file, not a folder (--out must name a folder)";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file or folder";
    }
    if (e instanceof FileSystemException f && f.getFile() != null) {
      return f.getFile() + ": " + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    String m = e.getMessage();
    if (m != null && m.contains("No space left on device")) {
      return "disk full: " + m;
    }
    return m == null ? e.getClass().getSimpleName() : m;
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return (T) t;
      }
    }
    return null;
  }
}
