package org.tadqiq.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by the commands that write reports. */
final class OutOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "where to write the reports (default: ${DEFAULT-VALUE})")
  Path dir;
}
