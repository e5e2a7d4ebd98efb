package factcheck.cite;

import factcheck.cache.Carried;
import factcheck.cache.Memo;
import factcheck.model.Claim;
import factcheck.model.Passage;
import factcheck.model.Source;
import java.util.List;

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
     * Each claim's passages as the last build found them, by claim id, with the very claim and
     * sources they were found for: a claim whose record and cited articles are the same objects
     * as last time has the same passages, with no lookup per quote (at ten thousand claims the
     * lookups were most of citing).
     */
    private final Carried<String, Located> located;

    record Located(Claim claim, List<Source> sources, List<Passage> passages) {}

    private CiteCache(boolean keep) {
        this.located = keep ? Carried.keeping() : Carried.none();
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
    List<Passage> lastPassages(Claim claim, List<Source> sources) {
        Located l = located.last(claim.id());
        if (l == null || l.claim() != claim || l.sources().size() != sources.size()) return null;
        for (int i = 0; i < sources.size(); i++) if (l.sources().get(i) != sources.get(i)) return null;
        return l.passages();
    }

    /** Every quote of {@code claim} was found, at {@code passages}. */
    void located(Claim claim, List<Source> sources, List<Passage> passages) {
        located.put(claim.id(), new Located(claim, sources, passages));
    }

    public void nextBuild() {
        located.nextBuild();
        matchers.nextBuild();
        found.nextBuild();
    }

    public void clear() {
        located.clear();
        matchers.clear();
        found.clear();
    }
}
