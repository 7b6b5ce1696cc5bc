package org.tadqiq.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.tadqiq.model.ClaimKind;

/**
 * A claim rule ready to run.
 *
 * @param slotLexicons for each named slot of the pattern, the lexicon it captures (absent for a
 *     slot over a regex part such as NUMBER)
 * @param set constants the rule gives every claim it makes (attribute, role ...)
 * @param order position in load order, the last tie-breaker
 * @param lookback how far (chars) before a trigger word a match may begin
 */
public record CompiledRule(
    String id,
    ClaimKind kind,
    Pattern pattern,
    List<String> triggers,
    Map<String, String> slotLexicons,
    Map<String, String> set,
    int priority,
    int order,
    int lookback,
    List<Specs.Example> examples,
    List<String> negatives,
    Path file,
    int line) {}
