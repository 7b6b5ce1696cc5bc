package org.tadqiq.cli;

import java.io.PrintWriter;
import java.util.function.LongConsumer;

/**
 * A one-line progress display (articles, articles/s) for interactive terminals; silent when the
 * output is not a terminal (a CI log gets no carriage-return redraws) or when asked to be quiet.
 */
final class Progress implements LongConsumer {
  private final PrintWriter err;
  private final boolean on;
  private final long started = System.nanoTime();
  private long lastShown;
  private boolean shown;

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.on = !quiet && System.console() != null;
  }

  @Override
  public void accept(long done) {
    long now = System.nanoTime();
    if (!on || now - lastShown < 500_000_000L) {
      return;
    }
    lastShown = now;
    shown = true;
    double seconds = (now - started) / 1e9;
    err.printf("\r%,d articles · %,.0f articles/s · %.0f s   ", done, done / Math.max(seconds, 1e-9), seconds);
    err.flush();
  }

  void done() {
    if (shown) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
