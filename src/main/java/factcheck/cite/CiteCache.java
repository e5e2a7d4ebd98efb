package factcheck.cite;

import factcheck.cache.Memo;

/**
 * What citing keeps between builds of one project (the build daemon): each source text's
 * matcher (its normalised text and index), and where each quote was found, keyed by the whole
 * source text and the quote with its prefix and suffix. Failed lookups are never kept: they are
 * reported again on every build.
 */
public final class CiteCache {

    record MatcherKey(String sourceId, String text) {}

    record QuoteKey(String sourceId, String text, String quote, String prefix, String suffix) {}

    final Memo<MatcherKey, QuoteMatcher> matchers;
    final Memo<QuoteKey, QuoteMatcher.Found> found;

    private CiteCache(boolean keep) {
        this.matchers = keep ? Memo.keeping() : Memo.none();
        this.found = keep ? Memo.keeping() : Memo.none();
    }

    public static CiteCache keeping() {
        return new CiteCache(true);
    }

    public static CiteCache none() {
        return new CiteCache(false);
    }

    public void nextBuild() {
        matchers.nextBuild();
        found.nextBuild();
    }

    public void clear() {
        matchers.clear();
        found.clear();
    }
}
