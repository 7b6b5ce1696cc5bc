package org.tadqiq.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The planted-conflict bench writes its figures in one fixed order, so two runs give one file. */
class PlantCommandTest {
  @TempDir Path tmp;

  @Test
  void plantedJsonHasItsFiguresInAFixedOrder() throws Exception {
    Path out = tmp.resolve("planted");
    assertThat(Main.run("plant", "seeds/001_cb041ddd7639ad4e.txt", "--out", out.toString())).isZero();
    JsonNode planted = new ObjectMapper().readTree(out.resolve("planted.json").toFile());
    List<String> keys = new ArrayList<>();
    planted.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("detection_rate", "weak_kept_possible_rate",
        "false_conflict_rate", "missed_but_possible", "variants");
    assertThat(planted.get("variants")).isNotEmpty();
  }
}
