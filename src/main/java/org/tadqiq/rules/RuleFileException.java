package org.tadqiq.rules;

import java.nio.file.Path;

/** A broken rule file: says {@code file:line: [rule id] what is wrong}. */
public final class RuleFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RuleFileException(Path file, int line, String ruleId, String problem) {
    super(file + ":" + line + ": " + (ruleId == null ? "" : "[" + ruleId + "] ") + problem);
  }

  public RuleFileException(Located<?> where, String ruleId, String problem) {
    this(where.file(), where.line(), ruleId, problem);
  }
}
