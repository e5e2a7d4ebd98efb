package factcheck.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import factcheck.load.FileChanges;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches folders of a project, and every folder under them (new ones included), with the JDK's
 * WatchService, and calls back once per burst of changes: only after {@code quiet} has passed
 * with no further event. An editor's save (temp file, rename over the target, touch) is one
 * change, not three, and a rebuild never starts half-way through a save.
 */
final class ChangeWatcher implements AutoCloseable {

    private final Path root;
    private final List<String> folders;
    private final Duration quiet;
    private final Consumer<FileChanges> onChange;
    private final WatchService service;
    private final Map<WatchKey, Path> keys = new ConcurrentHashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code folders} (names under {@code root}); {@code onChange} runs on the
     * watcher's own thread with what changed in the burst: the paths, or unknown when events
     * were lost or a folder appeared (its files may have come before it was watched).
     */
    ChangeWatcher(Path root, List<String> folders, Duration quiet, Consumer<FileChanges> onChange) {
        this.root = root.toAbsolutePath().normalize();
        this.folders = List.copyOf(folders);
        this.quiet = quiet;
        this.onChange = onChange;
        try {
            this.service = this.root.getFileSystem().newWatchService();
            // The root itself, so that a watched folder created later is picked up too.
            keys.put(this.root.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), this.root);
            for (String f : this.folders) registerTree(this.root.resolve(f));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + this.root + ": " + e.getMessage(), e);
        }
        this.thread = new Thread(this::loop, "factcheck-watcher");
        thread.setDaemon(true); // never keeps the JVM alive on its own
        thread.start();
    }

    private void loop() {
        try {
            while (true) {
                Burst burst = new Burst();
                drain(service.take(), burst);
                WatchKey next;
                while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) drain(next, burst);
                if (burst.relevant) onChange.accept(burst.unknown ? FileChanges.unknown() : FileChanges.of(burst.paths));
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: the thread ends
        }
    }

    /** What one burst of events changed. */
    private static final class Burst {
        final Set<Path> paths = new HashSet<>();
        boolean unknown;
        boolean relevant;
    }

    /** Takes the events of one key into {@code burst}, and registers new folders. */
    private void drain(WatchKey key, Burst burst) {
        Path dir = keys.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                burst.relevant = true; // events were lost: rebuild, looking at every file
                burst.unknown = true;
                continue;
            }
            if (dir == null) continue;
            Path name = (Path) event.context();
            Path changed = dir.resolve(name);
            if (dir.equals(root) && !folders.contains(name.toString())) continue;
            if (ignored(name.toString())) continue;
            burst.relevant = true;
            burst.paths.add(changed);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed, LinkOption.NOFOLLOW_LINKS)) {
                registerTree(changed);
                burst.unknown = true; // files made in it before it was registered sent no event
            }
        }
        if (!key.reset()) keys.remove(key); // its folder is gone
    }

    // Editors' swap, lock and backup files: the loader skips them too, so they cannot change the site.
    private static boolean ignored(String name) {
        return name.startsWith(".") || name.endsWith("~");
    }

    private void registerTree(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return;
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                // Registered before its entries are listed: a subfolder made meanwhile is either
                // listed here or reported by the new key, never missed.
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    keys.put(d.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY), d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // removed while we walked: nothing to watch there
                }
            });
        } catch (IOException e) {
            // The folder went away while we walked it: nothing there to watch any more.
        }
    }

    /** Stops watching and waits for the watcher thread to end (a rebuild under way finishes first). */
    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // closing is best effort; the thread ends either way
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
