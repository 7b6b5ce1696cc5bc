package org.tadqiq.ingest;

import java.io.IOException;

/** Reading an input stopped at one of its {@link InputLimits} (a bomb, an oversized record). */
final class LimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  LimitExceeded(String message) {
    super(message);
  }
}
