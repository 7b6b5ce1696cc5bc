package org.tadqiq.rules;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built on first use, once, by whichever thread asks first (the others wait for it): a
 * language's pack or extractor, so that a run of one language never builds another's.
 */
public final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> build;
  private volatile T value;

  public Lazy(Supplier<T> build) {
    this.build = Objects.requireNonNull(build, "build");
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          value = v = Objects.requireNonNull(build.get(), "a lazy value was built as null");
        }
      }
    }
    return v;
  }
}
