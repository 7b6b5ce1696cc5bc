package org.tadqiq.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML rule file read into a tree that remembers the line of every object, so that a problem
 * found after binding can still be reported as {@code file:line}.
 */
public final class YamlFile {
  static final ObjectMapper MAPPER =
      new ObjectMapper(new YAMLFactory())
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
          .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, false)
          .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
          .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

  private final Path file;
  private final ObjectNode root;
  private final Map<JsonNode, Integer> lines;

  private YamlFile(Path file, ObjectNode root, Map<JsonNode, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  public static YamlFile read(Path file) {
    Map<JsonNode, Integer> lines = new IdentityHashMap<>();
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = MAPPER.getFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return new YamlFile(file, JsonNodeFactory.instance.objectNode(), lines);
      }
      JsonNode node = readNode(p, lines, file);
      if (!(node instanceof ObjectNode)) {
        throw new RuleFileException(file, 1, null, "expected a mapping at the top of the file");
      }
      return new YamlFile(file, (ObjectNode) node, lines);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new RuleFileException(file, line, null, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new RuleFileException(file, 0, null, "cannot read: " + e.getMessage());
    }
  }

  private static JsonNode readNode(JsonParser p, Map<JsonNode, Integer> lines, Path file)
      throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      ObjectNode o = JsonNodeFactory.instance.objectNode();
      lines.put(o, line);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (o.has(name)) {
          throw new RuleFileException(
              file,
              p.currentTokenLocation().getLineNr(),
              null,
              "key '" + name + "' appears twice");
        }
        p.nextToken();
        o.set(name, readNode(p, lines, file));
      }
      return o;
    }
    if (t == JsonToken.START_ARRAY) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      lines.put(a, line);
      while (p.nextToken() != JsonToken.END_ARRAY) {
        a.add(readNode(p, lines, file));
      }
      return a;
    }
    return MAPPER.readTree(p);
  }

  public Path file() {
    return file;
  }

  public int lineOf(JsonNode node) {
    return lines.getOrDefault(node, 1);
  }

  public Located<JsonNode> locate(JsonNode node) {
    return new Located<>(node, file, lineOf(node));
  }

  public JsonNode get(String key) {
    return root.get(key);
  }

  /** Rejects top-level keys this kind of file does not have (a typo must not pass silently). */
  public void allowOnly(Set<String> keys) {
    Iterator<String> it = root.fieldNames();
    while (it.hasNext()) {
      String k = it.next();
      if (!keys.contains(k)) {
        throw new RuleFileException(
            file, lineOf(root), null, "unknown top-level key '" + k + "', expected one of " + keys);
      }
    }
  }

  /** The elements of a top-level list, each with its line. */
  public List<Located<JsonNode>> list(String key) {
    JsonNode n = root.get(key);
    List<Located<JsonNode>> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (!n.isArray()) {
      throw new RuleFileException(file, lineOf(n), null, "'" + key + "' must be a list");
    }
    for (JsonNode e : n) {
      out.add(locate(e));
    }
    return out;
  }

  /** Binds a node to a record, turning Jackson's complaint into a located rule-file error. */
  public <T> T bind(Located<JsonNode> node, Class<T> type, String ruleId) {
    try {
      return MAPPER.treeToValue(node.value(), type);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      String msg = e.getOriginalMessage();
      if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
        msg = "unknown key '" + u.getPropertyName() + "', expected one of " + u.getKnownPropertyIds();
      }
      throw new RuleFileException(node, ruleId, msg);
    }
  }
}
