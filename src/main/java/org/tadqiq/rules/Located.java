package org.tadqiq.rules;

import java.nio.file.Path;

/** A value read from a rule file, with the file and line it came from. */
public record Located<T>(T value, Path file, int line) {}
