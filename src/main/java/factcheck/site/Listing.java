package factcheck.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every file and folder under a folder with its size, modification time and file key (device
 * and inode on Unix): what tells whether the folder changed since it was last seen. The file key
 * catches a file replaced by another of the same size and time, as unpacking an archive or
 * {@code rsync -t} can do; a folder's time changes when an entry is added to it or taken away.
 * So a listing taken once can be checked again by looking at each entry it names, without
 * listing any folder ({@link #verified}): on the 10,000-claim output that is 60 ms where a walk
 * takes 300, because reading ten thousand one-file folders is what costs. And a build that
 * updated a folder in place derives the new listing from the old by looking again at the files
 * it wrote and deleted and at the folders above them ({@link #updated}).
 */
final class Listing {

    /** The folder itself, in {@link #entries}. */
    private static final String SELF = ".";

    /** Relative path (forward slashes) to "size time key link". */
    private final Map<String, String> entries;
    private String digest;
    /** When the looks that made this listing began (ms since the epoch). */
    private final long takenAt;
    /**
     * How close before {@link #takenAt} a folder's time may be for entries to have been added to
     * it after it was read with no change to its time: file times move in ticks (a few
     * milliseconds on ext4, two seconds on FAT), so a file made in the tick the folder was read
     * leaves the folder's time as it was. Such folders are read again (git's "racily clean" rule).
     */
    private static final long RACY_MS = 2_000;

    private Listing(Map<String, String> entries, long takenAt) {
        this.entries = entries;
        this.takenAt = takenAt;
    }

    /** Walks {@code dir}, never following links; null when there is no such folder. */
    static Listing of(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return null;
        long started = System.currentTimeMillis();
        Map<String, String> entries = new TreeMap<>();
        walk(dir, dir, entries);
        return new Listing(entries, started);
    }

    /** Adds {@code start} and everything under it to {@code entries}, by path relative to {@code dir}. */
    private static void walk(Path dir, Path start, Map<String, String> entries) {
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    entries.put(relative(dir, d), entry(attrs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    entries.put(relative(dir, file), entry(attrs));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    // Deleted since its folder was read (an editor's lock or probe file): left out,
                    // and the walk goes on; stopping here would leave out everything not yet seen.
                    if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE;
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The listing as {@code dir} is now, equal to a walk, for less: every entry is looked at
     * again ({@link #verified}), and only the folders whose time changed are read again, for the
     * entries added to them. An editor that saves by renaming changes the time of a folder of ten
     * thousand claims at every save; walking it again looked at each of them a second time.
     */
    Listing refreshed(Path dir) {
        long started = System.currentTimeMillis();
        Listing now = verified(dir);
        Set<String> racy = foldersChangedNear(takenAt);
        if (now == this && racy.isEmpty()) return this;
        String self = now.entries.get(SELF);
        if (self == null || !self.endsWith("\tfolder")) return of(dir); // the folder itself is gone or replaced
        Map<String, String> all = new TreeMap<>(now.entries);
        for (Map.Entry<String, String> e : now.entries.entrySet()) {
            boolean changed = e.getValue().endsWith("\tfolder") && !e.getValue().equals(entries.get(e.getKey()));
            if (!changed && !racy.contains(e.getKey())) continue;
            try (java.util.stream.Stream<Path> children = Files.list(path(dir, e.getKey()))) {
                for (Path child : children.toList()) {
                    if (!all.containsKey(relative(dir, child))) walk(dir, child, all);
                }
            } catch (NoSuchFileException gone) {
                // removed since it was looked at: the next build sees it gone
            } catch (IOException x) {
                throw new UncheckedIOException(x);
            }
        }
        if (now == this && all.size() == entries.size()) return sameAt(started); // nothing added: racy folders settle
        return new Listing(all, started);
    }

    /** The folders whose time is within {@link #RACY_MS} before {@code time}, or after it. */
    private Set<String> foldersChangedNear(long time) {
        Set<String> racy = new HashSet<>();
        entries.forEach((path, e) -> {
            if (!e.endsWith("\tfolder")) return;
            int tab = e.indexOf('\t');
            int dot = e.indexOf('.', tab);
            try {
                if (Long.parseLong(e.substring(tab + 1, dot)) >= time - RACY_MS) racy.add(path);
            } catch (NumberFormatException | StringIndexOutOfBoundsException malformed) {
                racy.add(path);
            }
        });
        return racy;
    }

    /** This listing, as taken at {@code time}: the same entries and digest. */
    private Listing sameAt(long time) {
        Listing l = new Listing(entries, time);
        synchronized (this) {
            l.digest = digest;
        }
        return l;
    }

    /**
     * The listing as {@code dir} is now, for the entries this one names (in parallel): equal to
     * this one exactly when nothing under {@code dir} changed, since a new entry changes the time
     * of the folder it was added to. This very listing when every entry is as it was, so that its
     * digest is not computed again (a tenth of a rebuild's comparing, measured at 10,000 claims).
     */
    Listing verified(Path dir) {
        long started = System.currentTimeMillis();
        String[] paths = entries.keySet().toArray(String[]::new); // in order: no sorting again
        String[] was = entries.values().toArray(String[]::new);
        String[] now = new String[paths.length];
        java.util.stream.IntStream.range(0, paths.length).parallel().forEach(i -> now[i] = look(dir, paths[i]).orElse(null));
        if (java.util.Arrays.equals(was, now)) return this;
        Map<String, String> looked = new TreeMap<>();
        for (int i = 0; i < paths.length; i++) if (now[i] != null) looked.put(paths[i], now[i]);
        return new Listing(looked, started);
    }

    /** The listing after {@code rewritten} files were written and {@code deleted} ones deleted, in place. */
    Listing updated(Path dir, Set<String> rewritten, Set<String> deleted) {
        long started = System.currentTimeMillis();
        Map<String, String> now = new TreeMap<>(entries);
        deleted.forEach(now::remove);
        Set<String> touched = new HashSet<>(rewritten);
        for (Set<String> paths : java.util.List.of(rewritten, deleted)) {
            for (String path : paths) {
                for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                    touched.add(path.substring(0, slash));
                }
            }
        }
        touched.add(SELF);
        for (String path : touched) {
            Optional<String> e = look(dir, path);
            if (e.isPresent()) now.put(path, e.get());
            else now.remove(path); // a folder the deletions emptied and removed
        }
        return new Listing(now, started);
    }

    /**
     * The paths under {@code dir} whose entry differs between {@code before} and this listing:
     * files added, removed or changed, and folders added or removed. A folder listed in both
     * is left out even when its time changed: what changed in it is listed itself (an editor
     * that saves by renaming changes the time of the folder of ten thousand claims).
     */
    Set<Path> changedSince(Listing before, Path dir) {
        Set<Path> changed = new HashSet<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            String was = before.entries.get(e.getKey());
            if (e.getValue().equals(was)) continue;
            if (was != null && was.endsWith("\tfolder") && e.getValue().endsWith("\tfolder")) continue;
            changed.add(path(dir, e.getKey()));
        }
        for (String path : before.entries.keySet()) if (!entries.containsKey(path)) changed.add(path(dir, path));
        return changed;
    }

    private static Path path(Path dir, String relative) {
        return relative.equals(SELF) ? dir : dir.resolve(relative);
    }

    /** The files listed (not folders), by relative path. */
    Set<String> files() {
        Set<String> files = new HashSet<>();
        entries.forEach((path, attrs) -> {
            if (!attrs.endsWith("\tfolder")) files.add(path);
        });
        return files;
    }

    /** One digest of every entry, in path order. */
    synchronized String digest() {
        if (digest == null) {
            MessageDigest sha = sha256();
            entries.forEach((path, attrs) -> sha.update((path + '\t' + attrs + '\n').getBytes(StandardCharsets.UTF_8)));
            digest = HexFormat.of().formatHex(sha.digest());
        }
        return digest;
    }

    private static Optional<String> look(Path dir, String path) {
        try {
            Path p = path.equals(SELF) ? dir : dir.resolve(path);
            return Optional.of(entry(Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.file.FileSystemException e) {
            // A folder on the way was replaced by a file ("Not a directory"), or cannot be entered:
            // the entry is not there as it was, and the listing says so by leaving it out.
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String entry(BasicFileAttributes a) {
        return a.size() + "\t" + a.lastModifiedTime().toMillis() + "." + a.lastModifiedTime().toInstant().getNano() + "\t" + a.fileKey()
                + "\t" + (a.isDirectory() ? "folder" : a.isSymbolicLink() ? "link" : "file");
    }

    private static String relative(Path dir, Path p) {
        String r = dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
        return r.isEmpty() ? SELF : r;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
