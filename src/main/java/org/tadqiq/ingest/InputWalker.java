package org.tadqiq.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the paths a user names into the files to read, accounting for every path it meets: a
 * hidden file or folder (name starting with a dot) is skipped with a note; a symbolic link in a
 * folder is followed only to a file inside the given folders (a link to a folder inside them is
 * read under its own path; a link out of them, a broken link and a link back up the tree — a
 * cycle — are reported, never followed); a named pipe, device or socket is reported and never
 * opened (reading one would block). Paths named on the command line are followed wherever they
 * lead: the user chose them.
 */
final class InputWalker {
  /** Folders nested deeper than this are reported, not read. */
  static final int MAX_DEPTH = 256;

  /** A file to read, or a source saying why a path is not read. */
  record Found(Path path, Source refused) {
    static Found file(Path p) {
      return new Found(p, null);
    }
  }

  /** Everything under the given paths, in the order they are named, each folder sorted by path. */
  List<Found> walk(List<Path> given) {
    List<Path> roots = new ArrayList<>();
    for (Path p : given) {
      try {
        if (Files.isDirectory(p)) {
          roots.add(p.toRealPath());
        }
      } catch (IOException e) {
        // reported when the path itself is walked
      }
    }
    List<Found> out = new ArrayList<>();
    for (Path p : given) {
      named(p, roots, out);
    }
    return out;
  }

  private void named(Path p, List<Path> roots, List<Found> out) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      out.add(refused(p, Source.Status.UNREADABLE, "no such file or folder"));
      return;
    } catch (IOException e) {
      out.add(refused(p, Source.Status.UNREADABLE, "cannot read: " + InputReader.describe(e)));
      return;
    }
    Path real = p;
    if (a.isSymbolicLink()) {
      try {
        real = p.toRealPath();
        a = Files.readAttributes(real, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        out.add(refused(p, Source.Status.UNREADABLE, "a broken symbolic link (to " + target(p) + ")"));
        return;
      } catch (IOException e) {
        out.add(refused(p, Source.Status.UNREADABLE, "a symbolic link that cannot be followed ("
            + InputReader.describe(e) + ")"));
        return;
      }
    }
    if (a.isDirectory()) {
      List<Found> under = new ArrayList<>();
      List<Path> ancestors = new ArrayList<>();
      ancestors.add(real);
      folder(p, ancestors, roots, under);
      under.sort((x, y) -> x.path().compareTo(y.path()));
      out.addAll(under);
    } else if (a.isRegularFile()) {
      out.add(Found.file(p));
    } else {
      out.add(refused(p, Source.Status.SKIPPED, special()));
    }
  }

  private void folder(Path dir, List<Path> ancestors, List<Path> roots, List<Found> out) {
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(children::add);
    } catch (IOException | java.nio.file.DirectoryIteratorException e) {
      out.add(refused(dir, Source.Status.UNREADABLE, "cannot list folder: "
          + InputReader.describe(e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause() : e)));
      return;
    }
    children.sort(null);
    if (children.isEmpty()) {
      out.add(refused(dir, Source.Status.EMPTY, "an empty folder"));
    }
    for (Path child : children) {
      BasicFileAttributes a;
      try {
        a = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        out.add(refused(child, Source.Status.UNREADABLE, "cannot read: " + InputReader.describe(e)));
        continue;
      }
      String name = child.getFileName().toString();
      if (name.startsWith(".")) {
        out.add(refused(child, Source.Status.SKIPPED, a.isDirectory()
            ? "a hidden folder: not read" : "a hidden file: not read"));
      } else if (a.isSymbolicLink()) {
        link(child, ancestors, roots, out);
      } else if (a.isDirectory()) {
        if (ancestors.size() >= MAX_DEPTH) {
          out.add(refused(child, Source.Status.UNREADABLE,
              "folders nested deeper than " + MAX_DEPTH + ": not read"));
        } else {
          try {
            ancestors.add(child.toRealPath());
            folder(child, ancestors, roots, out);
          } catch (IOException e) {
            out.add(refused(child, Source.Status.UNREADABLE, "cannot read: " + InputReader.describe(e)));
            continue;
          }
          ancestors.remove(ancestors.size() - 1);
        }
      } else if (a.isRegularFile()) {
        out.add(Found.file(child));
      } else {
        out.add(refused(child, Source.Status.SKIPPED, special()));
      }
    }
  }

  private void link(Path link, List<Path> ancestors, List<Path> roots, List<Found> out) {
    Path real;
    BasicFileAttributes a;
    try {
      real = link.toRealPath();
      a = Files.readAttributes(real, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      out.add(refused(link, Source.Status.UNREADABLE, "a broken symbolic link (to " + target(link) + ")"));
      return;
    } catch (FileSystemException e) {
      out.add(refused(link, Source.Status.UNREADABLE, "a symbolic link that cannot be followed ("
          + InputReader.describe(e) + "; a loop of links?)"));
      return;
    } catch (IOException e) {
      out.add(refused(link, Source.Status.UNREADABLE, "cannot follow: " + InputReader.describe(e)));
      return;
    }
    if (a.isDirectory() && ancestors.contains(real)) {
      out.add(refused(link, Source.Status.UNREADABLE,
          "a symbolic link back to a folder it is in (" + real + "), a cycle: not followed"));
    } else if (roots.stream().noneMatch(real::startsWith)) {
      out.add(refused(link, Source.Status.SKIPPED,
          "a symbolic link to " + real + ", outside the given folders: not followed"));
    } else if (a.isDirectory()) {
      out.add(refused(link, Source.Status.SKIPPED,
          "a symbolic link to the folder " + real + ", which is read under its own path"));
    } else if (a.isRegularFile()) {
      out.add(Found.file(link));
    } else {
      out.add(refused(link, Source.Status.SKIPPED, special()));
    }
  }

  private static String target(Path link) {
    try {
      return Files.readSymbolicLink(link).toString();
    } catch (IOException | UnsupportedOperationException e) {
      return "?";
    }
  }

  private static String special() {
    return "not a regular file (a named pipe, device or socket): never read";
  }

  private static Found refused(Path p, Source.Status status, String why) {
    return new Found(p, Source.failed(InputReader.idOf(p), p.toString(), status, p + ": " + why));
  }
}
