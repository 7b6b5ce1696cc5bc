package org.tadqiq.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * All rule packs (one per language) and the shared common data. A pack may be built when it is
 * first asked for (rules whose files were checked before: see {@link RulesStamp}): a run over
 * Arabic texts then never builds the English pack. What picks a text's language (each pack's
 * script) is known without building any pack.
 */
public final class RuleBook {
  private final Map<String, Slot> packs; // by language, in order
  private final CommonData common;

  /** A book of packs already built. */
  public RuleBook(Map<String, LanguagePack> packs, CommonData common) {
    Map<String, Slot> slots = new TreeMap<>();
    packs.forEach((lang, p) -> slots.put(lang, new Slot(p.script(), () -> p)));
    this.packs = Collections.unmodifiableMap(slots);
    this.common = common;
  }

  private RuleBook(CommonData common, Map<String, Slot> packs) {
    this.packs = Collections.unmodifiableMap(new TreeMap<>(packs));
    this.common = common;
  }

  /** A book whose packs are built on first use; {@code scripts} and {@code builds} by language. */
  static RuleBook lazy(CommonData common, Map<String, Pattern> scripts,
      Map<String, Supplier<LanguagePack>> builds) {
    Map<String, Slot> slots = new TreeMap<>();
    scripts.forEach((lang, script) -> slots.put(lang, new Slot(script, builds.get(lang))));
    return new RuleBook(common, slots);
  }

  public CommonData common() {
    return common;
  }

  /** The languages that have a pack, in order; builds nothing. */
  public Set<String> languages() {
    return packs.keySet();
  }

  /** The letters of a language's script (what language detection counts); builds nothing. */
  public Pattern script(String language) {
    Slot s = packs.get(language);
    return s == null ? null : s.script;
  }

  /** The pack of a language; empty for a source whose language is unknown (null) or has no pack. */
  public Optional<LanguagePack> pack(String language) {
    Slot s = language == null ? null : packs.get(language);
    return s == null ? Optional.empty() : Optional.of(s.get());
  }

  /** Every pack, built. */
  public Map<String, LanguagePack> packs() {
    Map<String, LanguagePack> all = new LinkedHashMap<>();
    packs.forEach((lang, s) -> all.put(lang, s.get()));
    return Collections.unmodifiableMap(all);
  }

  /** One language's script, and its pack built once by whichever thread asks first. */
  private static final class Slot {
    private final Pattern script;
    private final Lazy<LanguagePack> pack;

    Slot(Pattern script, Supplier<LanguagePack> build) {
      this.script = script;
      this.pack = new Lazy<>(build);
    }

    LanguagePack get() {
      return pack.get();
    }
  }
}
