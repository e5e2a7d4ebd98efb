package factcheck.cite;

import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.model.Citation;
import factcheck.model.Claim;
import factcheck.model.Passage;
import factcheck.model.Project;
import factcheck.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Locates every citation of a project in its source. Returns the checked project when every
 * quote stands exactly once (or once given its prefix / suffix); otherwise reports each failure
 * at the quote's line and column and returns empty.
 */
public final class Citer {

    private static final int EXCERPT = 160;

    private final CiteCache cache;

    public Citer() {
        this(CiteCache.none());
    }

    /** A citer that reuses what {@code cache} kept from earlier builds. */
    public Citer(CiteCache cache) {
        this.cache = cache;
    }

    public Optional<CheckedProject> cite(Project project, Diagnostics diagnostics) {
        Map<String, Source> sources = project.sourcesById();
        // Claims are independent of one another: done in parallel. A source's matcher is made
        // when a quote first needs it, so a rebuild whose quotes are all remembered makes none.
        Map<String, QuoteMatcher> matchers = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, List<Passage>> passages = project.claims().parallelStream()
                .collect(Collectors.toConcurrentMap(Claim::id, claim -> locate(claim, matchers, sources, diagnostics)));
        return diagnostics.hasErrors() ? Optional.empty() : Optional.of(new CheckedProject(project, passages));
    }

    private List<Passage> locate(Claim claim, Map<String, QuoteMatcher> matchers, Map<String, Source> sources, Diagnostics diagnostics) {
        List<Source> cited = new ArrayList<>(claim.citations().size());
        for (Citation c : claim.citations()) cited.add(sources.get(c.sourceId()));
        List<Passage> known = cited.contains(null) ? null : cache.lastPassages(claim, cited);
        if (known != null) return known;
        List<Passage> found = new ArrayList<>();
        boolean all = true;
        for (int i = 0; i < cited.size(); i++) {
            Citation c = claim.citations().get(i);
            if (cited.get(i) == null || c.quote().isEmpty()) { // a source that did not load, or no quote: the loader said so
                all = false;
                continue;
            }
            QuoteMatcher.Result r = locate(c, cited.get(i), matchers);
            if (r instanceof QuoteMatcher.Found f) {
                found.add(f.passage());
            } else {
                report(c, cited.get(i), r, diagnostics);
                all = false;
            }
        }
        List<Passage> passages = List.copyOf(found);
        if (all) cache.located(claim, List.copyOf(cited), passages);
        return passages;
    }

    private QuoteMatcher.Result locate(Citation c, Source source, Map<String, QuoteMatcher> matchers) {
        QuoteMatcher.Result[] missed = new QuoteMatcher.Result[1];
        QuoteMatcher.Found hit = cache.found.get(new CiteCache.QuoteKey(source.id(), source.text(), c.quote(), c.prefix(), c.suffix()), k -> {
            QuoteMatcher.Result r = matchers.computeIfAbsent(source.id(), id -> cache.matchers.get(
                    new CiteCache.MatcherKey(id, source.text()), m -> new QuoteMatcher(m.sourceId(), m.text())))
                    .locate(c.quote(), c.prefix(), c.suffix());
            if (r instanceof QuoteMatcher.Found f) return f;
            missed[0] = r;
            return null;
        });
        return hit != null ? hit : missed[0];
    }

    private static void report(Citation c, Source source, QuoteMatcher.Result r, Diagnostics diagnostics) {
        String where = "source `" + source.id() + "` (" + source.textPath() + ")";
        if (r instanceof QuoteMatcher.Empty) {
            diagnostics.error(c.quoteAt(), "the quote is empty: it holds only spaces or invisible characters",
                    "write the words of the passage, as the source has them");
        } else if (r instanceof QuoteMatcher.NotFound nf) {
            diagnostics.error(c.quoteAt(), "quote not found in " + where, notFoundHint(nf, source));
        } else if (r instanceof QuoteMatcher.Ambiguous a) {
            diagnostics.error(c.quoteAt(), "quote found " + a.lines().size() + " times in " + where + ", at " + lines(a.lines()),
                    "add `prefix:` (the words just before the one you mean) or `suffix:` (the words just after)");
        } else if (r instanceof QuoteMatcher.ContextMismatch m) {
            diagnostics.error(c.at(), "quote found " + m.occurrences() + (m.occurrences() == 1 ? " time" : " times") + " in " + where
                    + " (" + lines(m.lines()) + "), but never with the given prefix/suffix",
                    "copy `prefix:` / `suffix:` from the words right around the quote in the source");
        }
    }

    private static final int LINES_SHOWN = 10;
    /** Below this similarity the closest passage is no guide: spaces and commas are all it shares. */
    private static final int NOTHING_CLOSE = 25;

    private static String excerpt(String s) {
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT) + "...";
    }

    private static String notFoundHint(QuoteMatcher.NotFound nf, Source source) {
        if (source.text().isBlank()) return "the source text is empty";
        if (nf.closest().isEmpty() || nf.similarityPercent() < NOTHING_CLOSE) {
            return "no passage of the source comes close to the quote" + (nf.closest().isEmpty() ? "" : " (the closest is " + nf.similarityPercent() + "% similar)")
                    + ": is it in another language or script, or from another source?";
        }
        String hint = "closest passage, line " + nf.line() + " (" + nf.similarityPercent() + "% similar): \"" + excerpt(nf.closest()) + "\"";
        return nf.difference() == null ? hint : hint + "; it differs from the quote at " + nf.difference();
    }

    /** Distinct lines, at most {@link #LINES_SHOWN} of them: a common word stands on hundreds. */
    private static String lines(List<Integer> lines) {
        List<Integer> distinct = lines.stream().distinct().toList();
        String shown = distinct.stream().limit(LINES_SHOWN).map(String::valueOf).collect(Collectors.joining(", "));
        String more = distinct.size() > LINES_SHOWN ? " and " + (distinct.size() - LINES_SHOWN) + " more" : "";
        return (distinct.size() == 1 ? "line " : "lines ") + shown + more;
    }
}
