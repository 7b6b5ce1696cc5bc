package org.tadqiq.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by the commands that write reports. */
final class OutOption {
  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "folder to write the reports into, created if missing (default: ${DEFAULT-VALUE})")
  Path dir;

  /** What is wrong with the folder named, before any work is done; null when it can be used. */
  String problem() {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      return "--out " + dir + " is a file, not a folder: name a folder for the reports";
    }
    for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        return Files.isDirectory(p) ? null : "--out " + dir + ": " + p + " is a file, not a folder";
      }
    }
    return null;
  }
}
