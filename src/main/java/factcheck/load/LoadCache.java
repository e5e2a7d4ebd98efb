package factcheck.load;

import factcheck.cache.Carried;
import factcheck.cache.Memo;
import factcheck.model.Claim;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

/**
 * What loading keeps between builds of one project (the build daemon): each file's text, by what
 * a stat says of the file; the tree of each YAML text that parsed without a problem, by its path
 * and whole text; and each claim read without a problem, by its tree. An unchanged file thus
 * yields the very objects of the last build, and comparing a page's inputs with the last
 * build's is immediate where comparing two copies reads every string (an article is 16 KB;
 * measured: a third of a rebuild's rendering).
 */
public final class LoadCache {

    /** File texts by what a stat says of the file: path, size, modification time and file key. */
    final Memo<Seen, String> read;

    record Seen(Path file, long size, FileTime modified, Object key) {}

    final Memo<Key, YamlNode> trees;

    record Key(String path, int firstLine, String text) {}

    /**
     * Claims by id and parsed record, reused once their references are checked again against
     * this build's actors, sources and ratings (those live in other files).
     */
    final Memo<ClaimKey, Claim> claims;

    record ClaimKey(String id, YamlNode.Mapping record) {
        /** By id alone: hashing the whole tree cost more than reading the claim it saves. Equality still compares the trees. */
        @Override
        public int hashCode() {
            return id.hashCode();
        }
    }

    /**
     * Actors, sources and the site's configuration as last built, by themselves: a record equal to the last build's is
     * replaced by that very object, so that the pages compared with the last build's compare it
     * at once rather than field by field, thousands of times (it is the claimant of every card).
     */
    final Memo<Object, Object> records;

    /**
     * The record files of each folder as last listed, when that listing found no problem: what a
     * load with {@linkplain FileChanges#known known changes} starts from instead of listing again.
     */
    private final java.util.Map<Path, java.util.List<ProjectFiles.Entry>> listings = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean keep;

    /**
     * Each claim of the last load read without a problem, by its file: reused as it is while a
     * watcher says the file did not change.
     */
    final Carried<Path, Claim> claimsByFile;
    /** The ids of actors, sources and ratings at the last load, which every claim was checked against. */
    private volatile Object lastIds;

    private LoadCache(boolean keep) {
        this.keep = keep;
        this.claimsByFile = keep ? Carried.keeping() : Carried.none();
        this.records = keep ? Memo.keeping() : Memo.none();
        this.read = keep ? Memo.keeping() : Memo.none();
        this.trees = keep ? Memo.keeping() : Memo.none();
        this.claims = keep ? Memo.keeping() : Memo.none();
    }

    public static LoadCache keeping() {
        return new LoadCache(true);
    }

    /** {@code record}, or the equal one of the last build. */
    @SuppressWarnings("unchecked")
    <T> T same(T record) {
        return (T) records.get(record, r -> r);
    }

    public static LoadCache none() {
        return new LoadCache(false);
    }

    /** True when {@code ids} are those of the last load; remembers them for the next. */
    boolean sameIdsAsLastLoad(Object ids) {
        boolean same = ids.equals(lastIds);
        lastIds = ids;
        return same;
    }

    public void nextBuild() {
        claimsByFile.nextBuild();
        read.nextBuild();
        trees.nextBuild();
        claims.nextBuild();
        records.nextBuild();
    }

    /** The record files of {@code folder} as last listed; null when not known. */
    java.util.List<ProjectFiles.Entry> listing(Path folder) {
        return listings.get(folder);
    }

    /** {@code folder} now lists as {@code entries}; null: not to be trusted (it had problems). */
    void listed(Path folder, java.util.List<ProjectFiles.Entry> entries) {
        if (entries == null || !keep) listings.remove(folder);
        else listings.put(folder, entries);
    }

    public void clear() {
        listings.clear();
        claimsByFile.clear();
        lastIds = null;
        read.clear();
        trees.clear();
        claims.clear();
        records.clear();
    }
}
