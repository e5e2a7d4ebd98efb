package factcheck.site;

import factcheck.render.FileSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The build's output folder. A build writes into a fresh sibling folder and swaps it in only
 * when every file was written, so a failed build leaves the previous site exactly as it was;
 * a lock file beside it keeps two builds into the same folder from interleaving.
 */
final class OutputDir {

    /**
     * A {@link FileLock} is held by the whole process: a second channel of the same JVM locking the
     * same file throws {@code OverlappingFileLockException} instead of waiting. So builds of one
     * process (a dev server rebuilding while another build runs) first queue here, one lock per
     * lock file; the file lock then keeps other processes out. Process-wide because the file lock is.
     */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path out;
    private final long inPlaceBudget;

    private OutputDir(Path out, long inPlaceBudget) {
        this.out = out;
        this.inPlaceBudget = inPlaceBudget;
    }

    /** Validates {@code out} against the project {@code root} (see {@link OutputChecks}). */
    static OutputDir forBuild(Path root, Path out, long inPlaceBudget) {
        return new OutputDir(OutputChecks.validate(root, out), inPlaceBudget);
    }

    /**
     * Changed files are held in memory up to this many bytes and written over the output in place;
     * past it, the new site is written to a fresh folder and swapped in (see {@link Staging}).
     * A one-claim edit of 50,000 claims changes about 100 MB (the lists of every claim); a template
     * change, everything.
     */
    static final long IN_PLACE_BUDGET = 256L << 20;

    /**
     * Writes a whole new site with {@code writer}: in place when few files changed, else into a
     * fresh folder swapped in whole. Nothing in the output changes until every file rendered.
     * {@code holds}: the paths the output holds, when known (saves listing it); may be null.
     * Returns what was written.
     */
    Written replaceWith(Consumer<FileSink> writer, Set<String> holds, Timings timings) {
        Path parent = out.getParent();
        String name = out.getFileName().toString();
        try {
            Files.createDirectories(parent);
            Path lockPath = parent.toRealPath().resolve("." + name + ".lock");
            ReentrantLock inProcess = IN_PROCESS.computeIfAbsent(lockPath, p -> new ReentrantLock());
            inProcess.lock();
            try (FileChannel lockFile = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = lockFile.lock()) {
                Leftovers leftovers = Leftovers.clearInBackground(parent, name); // listed before any fresh folder exists
                // A first build goes to a fresh folder at once: there is nothing to compare with.
                long budget = OutputChecks.looksBuilt(out) ? inPlaceBudget : 0;
                Staging staging = new Staging(out, budget, () -> {
                    Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
                    readableByAll(fresh); // temp folders are created private; a published site must not be
                    return fresh;
                });
                try {
                    writer.accept(staging);
                    if (staging.freshFolder() == null) {
                        Set<String> deleted = timings.time("update in place", () -> updateInPlace(staging, holds));
                        return new Written(staging.paths(), staging.changed().keySet(), deleted);
                    }
                    timings.time("swap", () -> swapIn(staging.freshFolder(), parent, name));
                    return new Written(staging.paths(), null, null);
                } finally {
                    Path fresh = staging.freshFolder();
                    if (fresh != null && Files.exists(fresh)) deleteTree(fresh);
                    leftovers.await();
                }
            } finally {
                inProcess.unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Brings the output to the new site: first deletes what the new site does not have (so a
     * link or file standing where a folder must go is gone), then writes each changed file beside
     * its place and renames it over the old one, so a reader never sees half a page.
     */
    private Set<String> updateInPlace(Staging staging, Set<String> holds) {
        Set<String> deleted = new HashSet<>();
        try {
            Set<String> keep = staging.paths();
            if (holds == null) {
                deleteAllBut(out, keep, deleted);
            } else {
                for (String gone : holds) {
                    if (!keep.contains(gone)) {
                        deleteWithEmptyFolders(Staging.inside(out, gone));
                        deleted.add(gone);
                    }
                }
            }
            for (Map.Entry<String, byte[]> e : staging.changed().entrySet()) {
                Path target = Staging.inside(out, e.getKey());
                Files.createDirectories(target.getParent());
                Path temp = target.resolveSibling("." + target.getFileName() + ".factcheck-new");
                Files.write(temp, e.getValue());
                move(temp, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    /**
     * What a build wrote: every path of the new site and, when it updated the output in place,
     * the files it wrote and deleted (null when it swapped a fresh folder in: everything is new).
     */
    record Written(Set<String> paths, Set<String> rewritten, Set<String> deleted) {
        boolean inPlace() {
            return rewritten != null;
        }
    }

    /** Deletes a file the new site does not have, and the folders above it that it leaves empty. */
    private void deleteWithEmptyFolders(Path file) throws IOException {
        Files.deleteIfExists(file);
        for (Path d = file.getParent(); !d.equals(out); d = d.getParent()) {
            try (var entries = Files.list(d)) {
                if (entries.findAny().isPresent()) break;
            }
            Files.delete(d);
        }
    }

    /** Deletes every file and link under {@code dir} whose path is not in {@code keep}, and the folders left empty; links are never followed. */
    private static void deleteAllBut(Path dir, Set<String> keep, Set<String> deleted) throws IOException {
        Set<String> keptFolders = new HashSet<>();
        for (String path : keep) {
            for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
                if (!keptFolders.add(path.substring(0, slash))) break; // its parents are in already
            }
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = relative(dir, file);
                if (!keep.contains(path)) {
                    Files.delete(file);
                    deleted.add(path);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                if (!d.equals(dir) && !keptFolders.contains(relative(dir, d))) Files.delete(d); // everything in it was deleted
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static String relative(Path dir, Path p) {
        return dir.relativize(p).toString().replace(java.io.File.separatorChar, '/');
    }

    private void swapIn(Path fresh, Path parent, String name) {
        try {
            swap(fresh, parent, name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /**
     * Old site aside, new site in: the only moment the folder changes. The old site is kept as
     * {@code .<name>.previous} for the next build to delete behind its rendering (see
     * {@link Leftovers}); should the new site fail to move in, the old one is moved back.
     */
    private void swap(Path fresh, Path parent, String name) throws IOException {
        Path previous = Leftovers.previous(parent, name);
        boolean hadSite = Files.exists(out);
        if (hadSite) move(out, previous);
        try {
            move(fresh, out);
        } catch (IOException e) {
            if (hadSite) move(previous, out);
            throw e;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void readableByAll(Path dir) throws IOException {
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }


    /** Deletes a folder and everything in it; symbolic links are deleted, never followed. */
    static void deleteTree(Path dir) throws IOException {
        // One thread: deleting in parallel was slower (measured on ext4, where removals in one
        // folder queue on that folder's lock).
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                if (e != null) throw e;
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
