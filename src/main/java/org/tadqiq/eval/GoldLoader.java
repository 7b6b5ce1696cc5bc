package org.tadqiq.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.nio.file.Path;

/** Reads a gold file; an unknown key or a missing part is an error naming the file. */
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
      return g;
    } catch (IOException e) {
      throw new IllegalArgumentException(file + ": not a valid gold file: " + e.getMessage(), e);
    }
  }
}
