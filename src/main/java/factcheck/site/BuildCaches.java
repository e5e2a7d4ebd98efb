package factcheck.site;

import factcheck.cite.CiteCache;
import factcheck.load.FileChanges;
import factcheck.load.LoadCache;
import factcheck.model.Theme;
import factcheck.render.Renderer;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a process that builds one project again and again (the build daemon) keeps between
 * builds, so that a rebuild after an edit redoes only what the edit touched: YAML trees and
 * quote places by their whole text ({@link LoadCache}, {@link CiteCache}), and a renderer that
 * remembers each page's inputs and skips a page whose inputs did not change. That last is only
 * sound while the output folder holds exactly what the renderer wrote: the folder's listing
 * (names, sizes, times, inodes) is compared with the one recorded after the last build, and
 * any difference, another output folder, or {@code --force} makes every page render again.
 */
public final class BuildCaches {

    private final boolean keep;
    final LoadCache load;
    final CiteCache cite;
    private Renderer renderer;
    private Path lastOut;
    private Listing lastListing;
    private Set<String> lastPaths;
    private final Map<Path, Listing> inputs = new java.util.concurrent.ConcurrentHashMap<>();
    /** Input folders that were absent when last listed (guarded by this). */
    private final Set<Path> absent = new java.util.HashSet<>();
    /** What the input listings showed changed since the last load, unless unknown; and which were listed since. */
    private final Set<Path> changed = new java.util.HashSet<>();
    private boolean changesUnknown = true;
    private final Set<Path> listedSinceLoad = new java.util.HashSet<>();

    private BuildCaches(boolean keep) {
        this.keep = keep;
        this.load = keep ? LoadCache.keeping() : LoadCache.none();
        this.cite = keep ? CiteCache.keeping() : CiteCache.none();
    }

    /** Caches that keep what each build computed for the next one. */
    public static BuildCaches keeping() {
        return new BuildCaches(true);
    }

    /** No caching: a one-shot build. */
    public static BuildCaches none() {
        return new BuildCaches(false);
    }

    /** Starts a build that reuses what was kept. */
    synchronized void startBuild() {
        load.nextBuild();
        cite.nextBuild();
    }

    /**
     * Forgets every result kept ({@code build --force}, which then builds with none: a full build
     * holds no more memory in the daemon than in a process of its own). What the output folder
     * holds is still known, so that the full build need not walk it.
     */
    public synchronized void clear() {
        changesUnknown = true; // the load's listings are forgotten: the next load looks at everything
        changed.clear();
        absent.clear();
        load.clear();
        cite.clear();
        renderer = null;
    }

    /**
     * The renderer for a build into {@code out}, whose current listing is {@code listing} (null:
     * unknown), and what the folder holds: the paths of the last build into it when the folder is
     * as that build left it (else every page renders again), or else the files listed; null when unknown.
     */
    synchronized Prepared prepare(Theme theme, Path out, Listing listing, boolean full) {
        boolean intact = keep && out.equals(lastOut) && listing != null && listing.digest().equals(lastListing.digest());
        Set<String> holds = intact ? lastPaths : listing == null ? null : listing.files();
        lastOut = null; // until this build is recorded, the folder is not known to hold what the renderer wrote
        lastPaths = null;
        if (!keep || full) return new Prepared(new Renderer(theme), holds);
        renderer = renderer == null ? Renderer.rememberingOutput(theme) : renderer.with(theme);
        if (!intact) renderer.forget();
        return new Prepared(renderer, holds);
    }

    /** A renderer, and the paths the output holds when known. */
    record Prepared(Renderer renderer, Set<String> outputHolds) {}

    boolean keeps() {
        return keep;
    }

    /**
     * An input folder as it is now: its last listing looked at again entry by entry, and read again
     * only where a folder's time changed (see {@link Listing#refreshed}); walked the first time.
     * Always walked when not keeping.
     */
    Listing inputAsNow(Path dir) {
        if (!keep) return Listing.of(dir);
        Listing last = inputs.get(dir);
        Listing now = last != null ? last.refreshed(dir) : Listing.of(dir);
        synchronized (this) {
            // A folder that stays absent (a project without templates/ of its own) changes nothing.
            boolean stillAbsent = now == null && absent.contains(dir);
            if (now == null) absent.add(dir);
            else if (absent.remove(dir)) changesUnknown = true; // it appeared
            if (!stillAbsent && (last == null || now == null)) changesUnknown = true;
            else if (now != null && now != last) changed.addAll(now.changedSince(last, dir));
            listedSinceLoad.add(dir);
        }
        if (now == null) inputs.remove(dir);
        else inputs.put(dir, now);
        return now;
    }

    /**
     * What changed under {@code root}'s input folders since the last load with these caches, from
     * their listings, taken now unless this build took them already (comparing with the last
     * build): the loader then looks again only at those files, as it does for serve's watcher.
     * Unknown before the first load, and when not keeping. The listing is taken before the load
     * reads anything, so a file changed in between is a change of the next build.
     */
    FileChanges inputChangesSinceLastLoad(Path root) {
        if (!keep) return FileChanges.unknown();
        for (String folder : BuildStamp.INPUTS) {
            Path dir = root.resolve(folder);
            boolean listed;
            synchronized (this) {
                listed = listedSinceLoad.contains(dir);
            }
            if (!listed) inputAsNow(dir);
        }
        synchronized (this) {
            FileChanges changes = changesUnknown ? FileChanges.unknown() : FileChanges.of(changed);
            changed.clear();
            changesUnknown = false;
            listedSinceLoad.clear();
            return changes;
        }
    }

    /**
     * {@code out} as it is now: the listing of the last build into it looked at again entry by entry
     * (no folder is read) when nothing changed there, else walked; null when it was never built.
     */
    synchronized Listing outputAsNow(Path out) {
        if (!keep || !out.equals(lastOut)) return null;
        Listing now = lastListing.verified(out);
        return now.digest().equals(lastListing.digest()) ? now : Listing.of(out);
    }

    /**
     * {@code out} is as the last build into it left it (its stamp says so) and lists as {@code listing}:
     * remembered, if it was not, as holding the files listed. The pages' inputs stay unknown.
     */
    synchronized void foundUnchanged(Path out, Listing listing) {
        if (!keep || out.equals(lastOut)) return;
        // What the renderer remembers is of whatever folder it last built, maybe another: not of this one.
        if (renderer != null) renderer.forget();
        built(out, listing, listing.files());
    }

    /** After a successful build: {@code out} now holds {@code paths} as the renderer wrote them, and lists as {@code listing}. */
    synchronized void built(Path out, Listing listing, Set<String> paths) {
        if (listing == null) return;
        lastOut = out;
        lastListing = listing;
        lastPaths = Set.copyOf(paths);
    }
}
