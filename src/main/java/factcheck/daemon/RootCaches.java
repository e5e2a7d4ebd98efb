package factcheck.daemon;

import factcheck.site.BuildCaches;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * What the user's daemon keeps for each project root it built, least recently built first: a
 * root's caches make its next build fast, and cost memory while it is not being built. So they
 * are dropped when the root's folder is gone, and, least recently built first, while the heap
 * holds more than a budget after a collection; the root built last is always kept (a desk's one
 * big project may alone be over the budget, and it is the one being edited).
 */
final class RootCaches {

    /** Access order: iteration starts at the root built longest ago. */
    private final Map<Path, BuildCaches> byRoot = new LinkedHashMap<>(16, 0.75f, true);
    /** Every root built whose folder still exists, its caches dropped or not. */
    private final java.util.Set<Path> built = new java.util.HashSet<>();

    /** The caches of {@code root}, made empty the first time; it becomes the root built last. */
    synchronized BuildCaches of(Path root) {
        built.add(root);
        return byRoot.computeIfAbsent(root, r -> BuildCaches.keeping());
    }

    /** How many roots hold caches. */
    synchronized int size() {
        return byRoot.size();
    }

    /** How many roots were built whose folder still exists. */
    synchronized int rootsThere() {
        return built.size();
    }

    synchronized boolean holds(Path root) {
        return byRoot.containsKey(root);
    }

    /**
     * Drops the caches of the roots whose project folder ({@code content/}) is gone, and forgets
     * the roots whose folder itself is gone; true when any caches were dropped. A {@code content/}
     * moved away for a moment (a branch switched) costs its caches, not the daemon.
     */
    synchronized boolean dropGone() {
        built.removeIf(root -> !Files.isDirectory(root));
        return byRoot.keySet().removeIf(root -> !Files.isDirectory(root.resolve("content")));
    }

    /**
     * Drops the roots built longest ago, one at a time, while {@code usedAfterCollection} (the
     * heap in use once collected) is over {@code budget}; never the root built last.
     */
    void fitInto(long budget, LongSupplier usedAfterCollection) {
        while (usedAfterCollection.getAsLong() > budget) {
            synchronized (this) {
                if (byRoot.size() <= 1) return;
                Iterator<Path> oldest = byRoot.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** Drops every root's caches (an idle daemon gives its memory back); the roots stay known. */
    synchronized void clear() {
        byRoot.clear();
    }
}
