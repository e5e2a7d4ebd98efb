package factcheck.cite;

import factcheck.model.Passage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds quotes in one source text. Built once per source; {@link #locate} is safe to call from
 * several threads (it only reads).
 */
public final class QuoteMatcher {

    /** What looking for a quote found. */
    public sealed interface Result {}

    /** Exactly one place: the passage. */
    public record Found(Passage passage) implements Result {}

    /**
     * Nowhere: the closest passage (empty when no passage shares a character with the quote), its
     * line, how similar it is (0..100), and, when it looks the same as the quote, the first
     * character that differs, named (null otherwise).
     */
    public record NotFound(String closest, int line, int similarityPercent, String difference) implements Result {}

    /** The quote has nothing to look for: only spaces or invisible characters. */
    public record Empty() implements Result {}

    /** Several places and no prefix or suffix to choose: the lines of each. */
    public record Ambiguous(List<Integer> lines) implements Result {}

    /** The quote is there, but no occurrence has the given prefix / suffix around it. */
    public record ContextMismatch(int occurrences, List<Integer> lines) implements Result {}

    private final String sourceId;
    private final String original;
    private final NormalizedText normalized;
    private final int[] lineStarts;
    private final WordStarts words;

    public QuoteMatcher(String sourceId, String text) {
        this.sourceId = sourceId;
        this.original = text;
        this.normalized = NormalizedText.of(text);
        this.lineStarts = lineStarts(text);
        this.words = new WordStarts(normalized.text());
    }

    public Result locate(String quote, String prefix, String suffix) {
        String q = NormalizedText.normalize(quote);
        if (q.isEmpty()) return new Empty();
        List<Integer> hits = occurrences(q);
        if (hits.isEmpty()) return notFound(q);
        List<Integer> chosen = hits;
        if (prefix != null || suffix != null) {
            String p = prefix == null ? null : NormalizedText.normalize(prefix);
            String s = suffix == null ? null : NormalizedText.normalize(suffix);
            chosen = hits.stream().filter(i -> (p == null || endsBefore(i, p)) && (s == null || startsAfter(i + q.length(), s))).toList();
            if (chosen.isEmpty()) return new ContextMismatch(hits.size(), lines(hits));
        }
        if (chosen.size() > 1) return new Ambiguous(lines(chosen));
        int at = chosen.get(0);
        int start = normalized.origin(at);
        int end = normalized.originEnd(at + q.length() - 1);
        return new Found(new Passage(sourceId, start, end, lineOf(start)));
    }

    /**
     * Every offset of the normalised text where {@code q} (normalised) stands, in order. A quote
     * with a word after its first space is looked for only where that word could stand (see
     * {@link WordStarts}): scanning the whole article for each of ten thousand quotes was most of
     * citing them. A quote of one word is looked for everywhere.
     */
    List<Integer> occurrences(String q) {
        String text = normalized.text();
        List<Integer> hits = new ArrayList<>();
        if (q.isEmpty()) return hits;
        int space = q.indexOf(' ');
        // A place counts only where the quote covers whole letters: "cafe" is not in "café".
        if (space < 0 || !words.canLookUp(q, space + 1)) {
            for (int i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) if (normalized.wholeLetters(i, i + q.length())) hits.add(i);
            return hits;
        }
        words.forEachCandidate(q, space + 1, w -> { // in text order: so are the hits
            int at = w - (space + 1);
            if (at >= 0 && text.startsWith(q, at) && normalized.wholeLetters(at, at + q.length())) hits.add(at);
        });
        return hits;
    }

    /**
     * Whether {@code prefix} ends just before offset {@code i} of the normalised text, the one
     * space between them aside. Compared in place: copying the text before every candidate made
     * a prefix on a long article quadratic.
     */
    private boolean endsBefore(int i, String prefix) {
        String text = normalized.text();
        int end = i > 0 && text.charAt(i - 1) == ' ' ? i - 1 : i;
        return end >= prefix.length() && text.regionMatches(end - prefix.length(), prefix, 0, prefix.length());
    }

    /** Whether {@code suffix} starts just after offset {@code i}, the one space between them aside. */
    private boolean startsAfter(int i, String suffix) {
        String text = normalized.text();
        int start = i < text.length() && text.charAt(i) == ' ' ? i + 1 : i;
        return text.regionMatches(start, suffix, 0, suffix.length());
    }

    private NotFound notFound(String q) {
        if (normalized.text().isEmpty()) return new NotFound("", 1, 0, null);
        NearestPassage.Match m = NearestPassage.find(q, normalized.text());
        int start = normalized.origin(Math.min(m.start(), normalized.text().length() - 1));
        int end = m.end() == 0 ? start : normalized.originEnd(m.end() - 1);
        String closest = original.substring(start, Math.max(start, end)).replaceAll("\\s+", " ").strip();
        String passage = normalized.text().substring(Math.min(m.start(), m.end()), m.end());
        return new NotFound(closest, lineOf(start), m.similarityPercent(), difference(passage, q));
    }

    /**
     * When the closest passage is as long as the quote and nearly the same, the first character
     * where they differ, by code point and name: a Cyrillic а and a Latin a look the same.
     */
    static String difference(String passage, String quote) {
        if (passage.length() != quote.length() || quote.isEmpty()) return null;
        int differing = 0;
        int firstAt = -1;
        for (int i = 0; i < quote.length(); i++) {
            if (passage.charAt(i) != quote.charAt(i)) {
                differing++;
                if (firstAt < 0) firstAt = i;
            }
        }
        if (firstAt < 0 || differing * 10 > quote.length()) return null; // the same, or plainly different
        int inText = passage.codePointAt(Character.isLowSurrogate(passage.charAt(firstAt)) && firstAt > 0 ? firstAt - 1 : firstAt);
        int inQuote = quote.codePointAt(Character.isLowSurrogate(quote.charAt(firstAt)) && firstAt > 0 ? firstAt - 1 : firstAt);
        return named(inText) + " where the quote has " + named(inQuote);
    }

    private static String named(int cp) {
        String name = Character.getName(cp);
        return String.format("U+%04X %s", cp, name == null ? "(unnamed)" : name);
    }

    private List<Integer> lines(List<Integer> normalizedOffsets) {
        return normalizedOffsets.stream().map(i -> lineOf(normalized.origin(i))).toList();
    }

    /** 1-based line of an offset in the original text. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int n = 1; // starts[0] = 0
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
            starts[n++] = i + 1;
        }
        return Arrays.copyOf(starts, n);
    }
}
