package factcheck.load;

import factcheck.cache.Memo;

/**
 * What loading keeps between builds of one project (the build daemon): each file's text, by what
 * a stat says of the file; the tree of each YAML text that parsed without a problem, keyed by its
 * path and whole text; and each article text. Records are still made
 * from the trees on every build, since whether an id a claim names exists depends on other files.
 */
public final class LoadCache {

    record Key(String path, int firstLine, String text) {}

    final Memo<Key, YamlNode> trees;
    /**
     * Article texts, mapped to the instance read by the last build when equal: pages that quote an
     * article are compared with their last render by value, and comparing the same instance is
     * immediate where comparing two copies reads 16 KB (measured: a third of a rebuild's rendering).
     */
    final Memo<String, String> texts;
    /** File texts by what a stat says of the file: path, size, modification time and file key. */
    final Memo<Seen, String> read;

    record Seen(java.nio.file.Path file, long size, java.nio.file.attribute.FileTime modified, Object key) {}

    /**
     * Claims read without a problem, by id and parsed record: a claim whose file did not change is
     * the same object as in the last build (so comparing it with the last build's is immediate),
     * once its references are checked again against this build's actors, sources and ratings.
     */
    final Memo<ClaimKey, factcheck.model.Claim> claims;

    record ClaimKey(String id, YamlNode.Mapping record) {}

    private LoadCache(boolean keep) {
        this.trees = keep ? Memo.keeping() : Memo.none();
        this.texts = keep ? Memo.keeping() : Memo.none();
        this.read = keep ? Memo.keeping() : Memo.none();
        this.claims = keep ? Memo.keeping() : Memo.none();
    }

    public static LoadCache keeping() {
        return new LoadCache(true);
    }

    public static LoadCache none() {
        return new LoadCache(false);
    }

    public void nextBuild() {
        trees.nextBuild();
        texts.nextBuild();
        read.nextBuild();
        claims.nextBuild();
    }

    public void clear() {
        trees.clear();
        texts.clear();
        read.clear();
        claims.clear();
    }
}
