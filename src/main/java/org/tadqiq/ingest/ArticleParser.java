package org.tadqiq.ingest;

/** Turns one file's decoded content into a Source. */
interface ArticleParser {
  Source parse(String id, String path, String content);
}
