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

    /**
     * Each claim's passages as the last build and this one found them, with the very claim and
     * sources they were found for: a claim whose record and cited articles are the same objects
     * as last time has the same passages, with no lookup per quote (at ten thousand claims the
     * lookups were most of citing). Not a {@link Memo}: an id does not determine its passages.
     */
    private volatile java.util.Map<String, Located> lastBuild = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile java.util.Map<String, Located> thisBuild = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean keep;

    record Located(factcheck.model.Claim claim, java.util.List<factcheck.model.Source> sources, java.util.List<factcheck.model.Passage> passages) {}

    private CiteCache(boolean keep) {
        this.keep = keep;
        this.matchers = keep ? Memo.keeping() : Memo.none();
        this.found = keep ? Memo.keeping() : Memo.none();
    }

    public static CiteCache keeping() {
        return new CiteCache(true);
    }

    public static CiteCache none() {
        return new CiteCache(false);
    }

    /** The passages last build found for {@code claim} citing {@code sources}, if both are the very same objects; null otherwise. */
    java.util.List<factcheck.model.Passage> lastPassages(factcheck.model.Claim claim, java.util.List<factcheck.model.Source> sources) {
        Located l = lastBuild.get(claim.id());
        if (l == null || l.claim() != claim || l.sources().size() != sources.size()) return null;
        for (int i = 0; i < sources.size(); i++) if (l.sources().get(i) != sources.get(i)) return null;
        thisBuild.put(claim.id(), l);
        return l.passages();
    }

    /** Every quote of {@code claim} was found, at {@code passages}. */
    void located(factcheck.model.Claim claim, java.util.List<factcheck.model.Source> sources, java.util.List<factcheck.model.Passage> passages) {
        if (keep) thisBuild.put(claim.id(), new Located(claim, sources, passages));
    }

    public void nextBuild() {
        lastBuild = thisBuild;
        thisBuild = new java.util.concurrent.ConcurrentHashMap<>(lastBuild.size());
        matchers.nextBuild();
        found.nextBuild();
    }

    public void clear() {
        lastBuild = new java.util.concurrent.ConcurrentHashMap<>();
        thisBuild = new java.util.concurrent.ConcurrentHashMap<>();
        matchers.clear();
        found.clear();
    }
}
