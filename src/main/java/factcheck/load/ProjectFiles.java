package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The project's files as the loader may see them: listed in a stable order, read as strict
 * UTF-8 with a size cap, and never outside the project root (no {@code ..}, no absolute paths,
 * no symbolic links).
 */
final class ProjectFiles {

    /** The largest file we read: articles are tens of kilobytes; this bounds memory on hostile input. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path root;

    private final LoadCache cache;
    /**
     * What {@link #list} saw of each record file, taken by {@link #read} instead of looking at
     * the file a second time (ten thousand claims: ten thousand stats per build).
     */
    private final Map<Path, BasicFileAttributes> listed = new ConcurrentHashMap<>();

    /** What changed since the last load into {@code cache}, when a watcher knows. */
    private final FileChanges changes;

    ProjectFiles(Path root, LoadCache cache, FileChanges changes) {
        this.cache = cache;
        this.changes = changes;
        this.root = root.toAbsolutePath().normalize();
    }

    /** Whether a watcher knows that {@code file} did not change since the last load. */
    boolean unchanged(Path file) {
        return changes.known() && !changes.paths().contains(file);
    }

    /** A record file as a listing saw it. */
    record Entry(Path path, BasicFileAttributes attrs) {}

    Path root() {
        return root;
    }

    /** The path as users see it in messages: relative to the root, with forward slashes. */
    String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * The files of {@code dir} ending in {@code extension}, sorted by name; problems with others
     * reported. Under {@code content/} every entry must be a record: a stray file or a sub-folder
     * would otherwise be skipped without a word, and nothing a user writes may be silently lost.
     */
    List<Path> list(String dir, String extension, Diagnostics diagnostics) {
        Path folder = root.resolve(dir);
        String top = dir.split("/")[0];
        boolean strict = top.equals("content");
        if (Files.isSymbolicLink(folder)) {
            // Checked before anything else: NOFOLLOW below would otherwise treat it as absent, dropping every record.
            diagnostics.error(Position.file(dir), "symbolic links are not followed in " + top + "/", "replace the link with the folder itself");
            return List.of();
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            if (Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.error(Position.file(dir), dir + " is a file, not a folder", "move it aside and create the folder " + dir + "/");
            }
            return List.of();
        }
        List<Entry> known = cache.listing(folder);
        List<Entry> entries = known != null && changes.known() ? updated(folder, known, extension) : null;
        if (entries == null) entries = listAll(folder, dir, top, extension, strict, diagnostics);
        List<Path> out = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            out.add(e.path());
            listed.put(e.path(), e.attrs());
        }
        return out;
    }

    /**
     * The last listing of {@code folder} with the changed paths in it looked at again; null when a
     * change there is anything but a record file added, replaced or removed (a folder, a link, a
     * stray file): then the folder is listed again, to say what is wrong with it.
     */
    private List<Entry> updated(Path folder, List<Entry> last, String extension) {
        // The listing is in path order: a changed file is found by binary search in a copy, where
        // putting ten thousand paths into a sorted map again was a fifth of an edit's rebuild.
        List<Entry> now = null;
        for (Path p : changes.paths()) {
            if (folder.startsWith(p) || (p.startsWith(folder) && !folder.equals(p.getParent()))) return null; // the folder itself, above it or below it
            if (!folder.equals(p.getParent())) continue;
            String name = p.getFileName().toString();
            if (name.startsWith(".") || name.endsWith("~")) continue; // editor swap and backup files
            if (now == null) now = new ArrayList<>(last);
            int i = java.util.Collections.binarySearch(now, new Entry(p, null), java.util.Comparator.comparing(Entry::path));
            try {
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!attrs.isRegularFile() || !name.endsWith(extension)) return null;
                if (i >= 0) now.set(i, new Entry(p, attrs));
                else now.add(-i - 1, new Entry(p, attrs));
            } catch (java.nio.file.NoSuchFileException gone) {
                if (i >= 0) now.remove(i);
            } catch (IOException e) {
                return null;
            }
        }
        if (now == null) return last;
        now = List.copyOf(now);
        cache.listed(folder, now);
        return now;
    }

    /** Every entry of {@code folder}, looked at once each; remembered in the cache when none was a problem. */
    private List<Entry> listAll(Path folder, String dir, String top, String extension, boolean strict, Diagnostics diagnostics) {
        List<Entry> out = new ArrayList<>();
        boolean clean = true;
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~")) continue; // editor swap and backup files
                // One look at each entry, not one per question: a desk's folder holds ten thousand claims.
                BasicFileAttributes attrs;
                try {
                    attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (java.nio.file.NoSuchFileException gone) {
                    continue; // deleted since the folder was read
                }
                if (attrs.isSymbolicLink()) {
                    clean = false;
                    diagnostics.error(Position.file(display(p)), "symbolic links are not followed in " + top + "/",
                            "replace the link with the file itself");
                } else if (name.endsWith(".yml") && extension.equals(".yaml")) {
                    clean = false;
                    diagnostics.error(Position.file(display(p)), "records end in .yaml, not .yml",
                            "rename it to " + name.substring(0, name.length() - 4) + ".yaml");
                } else if (name.endsWith(extension) && attrs.isRegularFile()) {
                    out.add(new Entry(p, attrs));
                } else if (strict && attrs.isDirectory()) {
                    clean = false;
                    diagnostics.error(Position.file(display(p)), "folders inside " + dir + "/ are not read",
                            "move its files up into " + dir + "/ (the file name is the id, so it must be unique there)");
                } else if (strict) {
                    clean = false;
                    String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
                    diagnostics.error(Position.file(display(p)), "not a record: " + dir + "/ holds only " + extension + " files",
                            "rename it to " + stem + extension + " if it is one, or move it out of content/");
                }
            }
        } catch (IOException e) {
            clean = false;
            diagnostics.error(Position.file(dir), "cannot list folder: " + e.getMessage());
        }
        cache.listed(folder, clean ? List.copyOf(out) : null);
        return out;
    }

    /**
     * The text of a file under the root: strict UTF-8, byte-order mark dropped, CRLF and CR made LF.
     * Empty, with the problem reported at {@code reportAt} (the record that names the file, or the
     * file itself), when it cannot be read; a decoding error is reported at the bad byte itself.
     */
    Optional<String> read(Path file, Position reportAt, Diagnostics diagnostics) {
        try {
            BasicFileAttributes seenByList = listed.remove(file);
            BasicFileAttributes attrs = seenByList != null ? seenByList : Files.readAttributes(file, BasicFileAttributes.class);
            long size = attrs.size();
            if (size > MAX_BYTES) {
                diagnostics.error(reportAt, display(file) + " is too large (" + size + " bytes; the limit is " + MAX_BYTES + ")",
                        "split the file or trim what is not needed");
                return Optional.empty();
            }
            // A file whose size, time and inode are those of the last build is not read again (the
            // build daemon keeps texts): the same trust the no-change check puts in those three.
            LoadCache.Seen seen = new LoadCache.Seen(file, size, attrs.lastModifiedTime(), attrs.fileKey());
            String known = cache.read.get(seen, s -> null);
            if (known != null) return Optional.of(known);
            Optional<String> text = decode(file, Files.readAllBytes(file), reportAt, diagnostics)
                    .map(t -> t.startsWith("\uFEFF") ? t.substring(1) : t)
                    .map(t -> t.indexOf('\r') < 0 ? t : t.replace("\r\n", "\n").replace('\r', '\n'));
            text.ifPresent(t -> cache.read.get(seen, s -> t));
            return text;
        } catch (IOException e) {
            diagnostics.error(reportAt, "cannot read " + display(file) + ": " + e.getMessage(),
                    "check that the file exists and that you may read it");
        }
        return Optional.empty();
    }

    /**
     * Strict UTF-8. On a bad byte, says where it is (line and column of the file) and which byte it
     * is: "not UTF-8" alone leaves the user searching a long article for one accented letter.
     */
    private Optional<String> decode(Path file, byte[] bytes, Position reportAt, Diagnostics diagnostics) {
        // The JDK's own decoding is several times faster than a decoder's loop; it puts U+FFFD for
        // each bad byte, so a text without one was valid (one with one is decoded again, strictly).
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) return Optional.of(fast);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (!result.isError()) return Optional.of(out.flip().toString());
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        String shown = display(file);
        String byteHex = in.position() < bytes.length ? String.format(" (byte 0x%02X)", bytes[in.position()] & 0xFF) : "";
        String namedBy = reportAt.path().equals(shown) ? "" : "; " + reportAt + " names it";
        diagnostics.error(new Position(shown, line, column), "not valid UTF-8" + byteHex,
                "save " + shown + " as UTF-8, e.g. `iconv -f WINDOWS-1252 -t UTF-8`" + namedBy);
        return Optional.empty();
    }

    /**
     * Resolves a path written in a record, which must stay inside {@code folder} of the root:
     * no absolute path, no {@code ..} out of it, no symbolic link anywhere on the way.
     */
    Optional<Path> inside(String folder, String written, Position at, Diagnostics diagnostics) {
        Path base = root.resolve(folder);
        Path resolved;
        try {
            Path given = Path.of(written);
            if (given.isAbsolute()) {
                diagnostics.error(at, "`" + written + "` is an absolute path", "write the path relative to the project root, e.g. " + folder + "/article.txt");
                return Optional.empty();
            }
            resolved = root.resolve(given).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.error(at, "`" + written + "` is not a valid path", "write the path relative to the project root, e.g. " + folder + "/article.txt");
            return Optional.empty();
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            diagnostics.error(at, "`" + written + "` is outside " + folder + "/", "put the file under " + folder + "/ and write e.g. " + folder + "/article.txt");
            return Optional.empty();
        }
        for (Path p = resolved; p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                diagnostics.error(at, "`" + written + "` goes through a symbolic link (" + display(p) + ")", "copy the file into " + folder + "/ instead of linking it");
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(at, "`" + written + "` does not exist", "check the file name under " + folder + "/");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

}
