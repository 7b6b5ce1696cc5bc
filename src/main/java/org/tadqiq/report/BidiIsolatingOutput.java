package org.tadqiq.report;

import gg.jte.Content;
import gg.jte.TemplateOutput;
import gg.jte.html.HtmlTemplateOutput;
import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * The HTML report's template output: every value still escaped by jte, and a value that carries
 * bidirectional controls (a file name with a right-to-left override, an outlet with an embedding)
 * is closed and isolated, so it cannot reorder the text around it: its unclosed embeddings,
 * overrides and isolates are closed at its end, closers without an opener are dropped, and the
 * whole is wrapped in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. Values without such controls
 * are written as they are.
 */
final class BidiIsolatingOutput implements HtmlTemplateOutput {
  private static final char PDF = '\u202C';
  private static final char FSI = '\u2068';
  private static final char PDI = '\u2069';
  private final OwaspHtmlTemplateOutput html;

  BidiIsolatingOutput(TemplateOutput out) {
    this.html = new OwaspHtmlTemplateOutput(out);
  }

  /** The value with its bidi controls closed and isolated; the value itself when it has none. */
  static String isolate(String value) {
    if (value == null || !hasControls(value)) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length() + 8).append(FSI);
    StringBuilder open = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' && c != PDF || c >= '\u2066' && c <= '\u2068') {
        open.append(c);
        b.append(c);
      } else if (c == PDF || c == PDI) {
        boolean isolateCloser = c == PDI;
        int last = open.length() - 1;
        if (last >= 0 && isIsolate(open.charAt(last)) == isolateCloser) {
          open.setLength(last);
          b.append(c);
        }
        // a closer with no opener of its kind would close the page's own context: dropped
      } else {
        b.append(c);
      }
    }
    for (int i = open.length() - 1; i >= 0; i--) {
      b.append(isIsolate(open.charAt(i)) ? PDI : PDF);
    }
    return b.append(PDI).toString();
  }

  private static boolean isIsolate(char c) {
    return c >= '\u2066' && c <= '\u2068';
  }

  private static boolean hasControls(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void setContext(String tagName, String attributeName) {
    html.setContext(tagName, attributeName);
  }

  @Override
  public void writeUserContent(String value) {
    html.writeUserContent(isolate(value));
  }

  @Override
  public void writeUserContent(Content content) {
    html.writeUserContent(content);
  }

  @Override
  public void writeContent(String value) {
    html.writeContent(value);
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    html.writeContent(value, beginIndex, endIndex);
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    html.writeBinaryContent(value);
  }

  @Override
  public void writeUserContent(boolean value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(byte value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(short value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(int value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(long value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(float value) {
    html.writeUserContent(value);
  }

  @Override
  public void writeUserContent(double value) {
    html.writeUserContent(value);
  }
}
