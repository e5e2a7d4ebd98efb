package factcheck.site;

import factcheck.render.FileSink;
import factcheck.render.Renderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a new site as the renderer hands them over, before any reaches the output folder.
 * Most builds change few files, so a file equal to the one already in the output is only noted,
 * and a changed one is held in memory; the output is then updated in place, file by file, once
 * every page has rendered (see {@link OutputDir}). When the changed files outgrow
 * {@code budget} bytes (a template change touches every page), they go to a fresh folder
 * instead, and so does everything after: unchanged files are hard-linked there from the output,
 * and the fresh folder is swapped in whole. Either way the output is not touched until the whole
 * site rendered, and memory stays bounded. Accepts files from several threads.
 */
final class Staging implements FileSink {

    private final Path out;
    private final long budget;
    private final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    private final Set<String> all = ConcurrentHashMap.newKeySet();
    private final Map<String, byte[]> changed = new ConcurrentHashMap<>();
    private long changedBytes;
    /** Where files go once the budget is spent; null until then. */
    private volatile Path fresh;
    private final FreshFolder freshFolder;
    /** Each rendering thread's buffer for reading the output's files back (see {@link #sameBytes}). */
    private final ThreadLocal<byte[]> readBuffer = ThreadLocal.withInitial(() -> new byte[64 << 10]);

    /** Makes the fresh folder when it is first needed. */
    @FunctionalInterface
    interface FreshFolder {
        Path create() throws IOException;
    }

    Staging(Path out, long budget, FreshFolder freshFolder) {
        this.out = out;
        this.budget = budget;
        this.freshFolder = freshFolder;
    }

    @Override
    public void accept(String path, byte[] bytes) {
        Path previous = inside(out, path);
        if (!all.add(path)) throw new IllegalStateException("written twice: " + path);
        boolean same = sameBytes(previous, bytes); // read outside the lock: it is most of the work
        synchronized (this) {
            if (fresh == null) {
                if (unchanged.contains(path) || changed.containsKey(path)) throw new IllegalStateException("written twice: " + path);
                if (same) {
                    unchanged.add(path);
                    return;
                }
                if (changedBytes + bytes.length <= budget) {
                    changed.put(path, bytes);
                    changedBytes += bytes.length;
                    return;
                }
                moveToFreshFolder();
            }
        }
        writeFresh(path, bytes, same);
    }

    /** The renderer knows the file is what the output already holds (see {@link Renderer#rememberingOutput}). */
    @Override
    public void unchanged(String path) {
        inside(out, path);
        if (!all.add(path)) throw new IllegalStateException("written twice: " + path);
        synchronized (this) {
            if (fresh == null) {
                if (!unchanged.add(path) || changed.containsKey(path)) throw new IllegalStateException("written twice: " + path);
                return;
            }
        }
        writeFresh(path, null, true);
    }

    /** Null when the site stays in memory; else the fresh folder holding all of it. */
    Path freshFolder() {
        return fresh;
    }

    /** The changed files by path (when no fresh folder was needed). */
    Map<String, byte[]> changed() {
        return new TreeMap<>(changed);
    }

    /** Every path of the new site. */
    Set<String> paths() {
        return Set.copyOf(all);
    }

    private void moveToFreshFolder() {
        try {
            fresh = freshFolder.create();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String path : unchanged) writeFresh(path, null, true);
        changed.forEach((path, bytes) -> writeFresh(path, bytes, false));
        changed.clear();
    }

    /** Writes one file into the fresh folder, or hard-links the output's equal copy there (no data written). */
    private void writeFresh(String path, byte[] bytes, boolean same) {
        Path target = inside(fresh, path);
        try {
            Files.createDirectories(target.getParent());
            if (same && link(target, out.resolve(path))) return;
            if (bytes == null) bytes = Files.readAllBytes(out.resolve(path)); // noted unchanged, but no hard links here
            // CREATE_NEW: writing a path twice must fail, never truncate a file linked to the old site.
            Files.write(target, bytes, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean link(Path target, Path existing) {
        try {
            Files.createLink(target, existing);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false; // another file system, or no hard links: write the bytes instead
        }
    }

    /**
     * Whether the file at {@code previous} holds exactly {@code bytes}: read into this thread's
     * buffer, where reading each of ten thousand files into an array of its own was a twentieth
     * of a build's allocation (so of its collections).
     */
    private boolean sameBytes(Path previous, byte[] bytes) {
        try {
            BasicFileAttributes a = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile() || a.size() != bytes.length) return false;
            byte[] buffer = readBuffer.get();
            if (buffer.length < bytes.length + 1) {
                buffer = new byte[Math.max(bytes.length + 1, buffer.length * 2)];
                readBuffer.set(buffer);
            }
            int read;
            try (InputStream in = Files.newInputStream(previous, LinkOption.NOFOLLOW_LINKS)) {
                read = in.readNBytes(buffer, 0, bytes.length + 1); // one byte more: a file that grew since is not the same
            }
            return read == bytes.length && Arrays.equals(buffer, 0, read, bytes, 0, bytes.length);
        } catch (IOException e) {
            return false;
        }
    }

    static Path inside(Path dir, String path) {
        Path target = dir.resolve(path).normalize();
        if (!target.startsWith(dir) || target.equals(dir)) throw new IllegalStateException("output path escapes the site: " + path);
        return target;
    }
}
