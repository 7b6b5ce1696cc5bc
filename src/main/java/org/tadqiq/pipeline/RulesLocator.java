package org.tadqiq.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Where the rules come from: a folder the user names, ./rules, or the copy bundled in the jar. */
public final class RulesLocator {
  private RulesLocator() {}

  public static Path locate(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    Path local = Path.of("rules");
    if (Files.isDirectory(local.resolve("common"))) {
      return local;
    }
    return bundled();
  }

  static Path bundled() {
    URL url = RulesLocator.class.getResource("/rules/common/policies.yaml");
    if (url == null) {
      throw new IllegalStateException("no rules folder given and none bundled in the jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return fs.getPath("/rules");
      }
      return Path.of(uri).getParent().getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
