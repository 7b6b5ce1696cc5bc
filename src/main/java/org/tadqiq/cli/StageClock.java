package org.tadqiq.cli;

import java.io.PrintWriter;

/**
 * Wall time of a command's stages, printed to stderr when the JVM runs with
 * {@code -Dtadqiq.timing} (start-up work is invisible to a profiler's samples: class loading, the
 * interpreter, rule compilation; this says where a short run's second went). Silent otherwise.
 */
final class StageClock {
  private final PrintWriter err;
  private final boolean on;
  private long last;

  private StageClock(PrintWriter err, boolean on) {
    this.err = err;
    this.on = on;
    this.last = System.nanoTime();
    if (on) {
      // the JVM's own start, before main: the VM's age when the first stage begins (the VM keeps
      // its start time to the millisecond; a process's start in /proc is whole seconds of boot time)
      long age = System.currentTimeMillis()
          - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
      err.printf("timing    %-22s %5d ms%n", "jvm start to command", age);
    }
  }

  static StageClock of(PrintWriter err) {
    return new StageClock(err, System.getProperty("tadqiq.timing") != null);
  }

  /** Prints the time since the last mark (or since the clock began) under {@code stage}. */
  void mark(String stage) {
    if (!on) {
      return;
    }
    long now = System.nanoTime();
    err.printf("timing    %-22s %5d ms%n", stage, (now - last) / 1_000_000);
    err.flush();
    last = now;
  }
}
