package factcheck.load;

import java.nio.file.Path;
import java.util.Set;

/**
 * What changed under a project root since its last load, as a file watcher saw it: the paths
 * created, modified or deleted, or unknown (a build with no watcher, or one that lost events).
 * With known changes the loader looks again only at those paths, and takes every other file to
 * be as the last load found it: at ten thousand claims, listing and looking at each record file
 * was most of the time an edit took to show.
 */
public final class FileChanges {

    private static final FileChanges UNKNOWN = new FileChanges(null);

    private final Set<Path> paths;

    private FileChanges(Set<Path> paths) {
        this.paths = paths;
    }

    /** Nothing is known: every file is looked at. */
    public static FileChanges unknown() {
        return UNKNOWN;
    }

    /** Exactly these absolute paths changed, and nothing else. */
    public static FileChanges of(Set<Path> paths) {
        return new FileChanges(Set.copyOf(paths));
    }

    public boolean known() {
        return paths != null;
    }

    /** The changed paths; only when {@link #known}. */
    Set<Path> paths() {
        if (paths == null) throw new IllegalStateException("changes are unknown");
        return paths;
    }

    @Override
    public String toString() {
        return known() ? paths.size() + " paths changed" : "changes unknown";
    }
}
