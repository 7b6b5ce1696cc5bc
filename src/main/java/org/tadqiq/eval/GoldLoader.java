package org.tadqiq.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads gold files; an unknown key or a missing part is an error naming the file. Several files
 * (or folders of {@code *.json} files, read in name order) make one gold: each source must be
 * annotated in one file only.
 */
public final class GoldLoader {
  private final ObjectMapper mapper = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  public Gold load(Path file) {
    try {
      Gold g = mapper.readValue(file.toFile(), Gold.class);
      if (g.sources() == null) {
        throw new IllegalArgumentException(file + ": gold has no 'sources'");
      }
      if (g.format() != 1 && g.format() != 2) {
        throw new IllegalArgumentException(file + ": gold format must be 1 or 2, not " + g.format());
      }
      return g;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a valid gold file: " + e.getMessage(), e);
    }
  }

  /** Every gold file named, folders read for their {@code *.json} files, as one gold. */
  public Gold loadAll(List<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.list(p)) {
          s.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new IllegalArgumentException(p + ": cannot list gold folder: " + e.getMessage(), e);
        }
      } else {
        files.add(p);
      }
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(paths + ": no gold file found");
    }
    if (files.size() == 1) {
      return load(files.get(0));
    }
    Map<String, Gold.GoldSource> sources = new LinkedHashMap<>();
    List<Gold.Group> conflicts = new ArrayList<>();
    List<Gold.Group> nonConflicts = new ArrayList<>();
    List<Gold.Pair> pairs = new ArrayList<>();
    int format = 0;
    for (Path f : files) {
      Gold g = load(f);
      format = Math.max(format, g.format());
      for (Map.Entry<String, Gold.GoldSource> e : g.sources().entrySet()) {
        if (sources.putIfAbsent(e.getKey(), e.getValue()) != null) {
          throw new IllegalArgumentException(f + ": source '" + e.getKey()
              + "' is annotated in two gold files");
        }
      }
      conflicts.addAll(g.conflicts());
      nonConflicts.addAll(g.nonConflicts());
      pairs.addAll(g.pairs());
    }
    return new Gold(format, null, files.size() + " gold files", sources, conflicts, nonConflicts,
        pairs);
  }
}
