package factcheck.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.model.Passage;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quote matcher's promise, over random texts: a substring of the text, copied with other
 * whitespace, other quotes and other dashes, is still found, and maps back to exactly the
 * original range (or, when it occurs more than once, is reported as ambiguous at its line).
 */
class QuoteMatcherPropertiesTest {

    private static final String SPACES = " \n\t\u00A0\u2009";
    private static final String DOUBLE_QUOTES = "\"\u201C\u201D\u201E\u00AB\u00BB";
    private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u02BC";
    private static final String DASHES = "-\u2010\u2013\u2014\u2212";

    /** A text, and a range in it that starts and ends on a non-space character (as a quote does, once stripped). */
    record Case(String text, int start, int end, long seed) {}

    @Provide
    Arbitrary<Case> substrings() {
        Arbitrary<String> word = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzABCDEF,.;:!?0123456789").ofMinLength(1).ofMaxLength(8);
        Arbitrary<String> punct = Arbitraries.of(DOUBLE_QUOTES.chars().mapToObj(c -> String.valueOf((char) c)).toList())
                .injectDuplicates(0.1);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, word),
                net.jqwik.api.Tuple.of(1, punct),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("'", "\u2019", "-", "\u2014", "\u2013")));
        Arbitrary<String> gap = Arbitraries.strings().withChars(SPACES).ofMinLength(0).ofMaxLength(3);
        Arbitrary<String> text = Combinators.combine(token, gap).as((t, g) -> t + g).list().ofMinSize(1).ofMaxSize(60)
                .map(parts -> String.join(" ", parts));
        return text.filter(t -> !t.isBlank()).flatMap(t -> {
            List<Integer> visible = java.util.stream.IntStream.range(0, t.length())
                    .filter(i -> !NormalizedText.isSpace(t.charAt(i))).boxed().toList();
            return Arbitraries.integers().between(0, visible.size() - 1).tuple2()
                    .flatMap(ij -> Arbitraries.longs().map(seed -> {
                        int a = visible.get(Math.min(ij.get1(), ij.get2()));
                        int b = visible.get(Math.max(ij.get1(), ij.get2())) + 1;
                        return new Case(t, a, b, seed);
                    }));
        });
    }

    @Property(tries = 500)
    void aVariantOfAnySubstringIsFoundAtExactlyItsOriginalRange(@ForAll("substrings") Case c) {
        String original = c.text().substring(c.start(), c.end());
        String quote = vary(original, new Random(c.seed()));
        QuoteMatcher matcher = new QuoteMatcher("s", c.text());
        QuoteMatcher.Result r = matcher.locate(quote, null, null);
        if (r instanceof QuoteMatcher.Found f) {
            Passage p = f.passage();
            assertEquals(c.start(), p.start(), "start of " + quote + " in " + c.text());
            assertEquals(c.end(), p.end(), "end of " + quote + " in " + c.text());
            assertEquals(matcher.lineOf(c.start()), p.line());
        } else if (r instanceof QuoteMatcher.Ambiguous a) {
            assertTrue(a.lines().contains(matcher.lineOf(c.start())), "the ambiguity names the line of the occurrence: " + a.lines());
            assertTrue(a.lines().size() > 1);
        } else {
            throw new AssertionError("`" + quote + "` (from `" + original + "`) not found in `" + c.text() + "`: " + r);
        }
    }

    @Property(tries = 300)
    void theWholeTextBeforeAQuoteIsAPrefixThatKeepsItsOccurrence(@ForAll("substrings") Case c) {
        String prefix = vary(c.text().substring(0, c.start()), new Random(c.seed()));
        QuoteMatcher.Result r = new QuoteMatcher("s", c.text()).locate(vary(c.text().substring(c.start(), c.end()), new Random(~c.seed())),
                prefix.isBlank() ? null : prefix, null);
        // The prefix is checked and stands before this occurrence, so it is never refused; another occurrence
        // may also end with it (in "x x x" every later "x" does), so the result may be ambiguous, never another place.
        if (r instanceof QuoteMatcher.Found f) {
            assertEquals(c.start(), f.passage().start());
            assertEquals(c.end(), f.passage().end());
        } else {
            assertTrue(r instanceof QuoteMatcher.Ambiguous, "prefix `" + prefix + "` in `" + c.text() + "`: " + r);
        }
    }

    /** The same text as a reader might paste it: other whitespace runs, other quote and dash forms. */
    static String vary(String s, Random random) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (NormalizedText.isSpace(ch)) {
                while (i + 1 < s.length() && NormalizedText.isSpace(s.charAt(i + 1))) i++;
                int n = 1 + random.nextInt(3);
                for (int k = 0; k < n; k++) out.append(SPACES.charAt(random.nextInt(SPACES.length())));
            } else if (DOUBLE_QUOTES.indexOf(ch) >= 0) {
                out.append(DOUBLE_QUOTES.charAt(random.nextInt(DOUBLE_QUOTES.length())));
            } else if (SINGLE_QUOTES.indexOf(ch) >= 0) {
                out.append(SINGLE_QUOTES.charAt(random.nextInt(SINGLE_QUOTES.length())));
            } else if (DASHES.indexOf(ch) >= 0) {
                out.append(DASHES.charAt(random.nextInt(DASHES.length())));
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Texts of few letters, so that words and quotes repeat and overlap, and quotes start mid-word. */
    @Provide
    Arbitrary<String> repetitive() {
        return Arbitraries.strings().withChars("ab ").ofMinLength(0).ofMaxLength(80);
    }

    @Property(tries = 1000)
    void everyOccurrenceIsFoundInOrderWhereverItStarts(@ForAll("repetitive") String text, @ForAll("repetitive") String other,
                                                       @ForAll @net.jqwik.api.constraints.IntRange(max = 80) int from,
                                                       @ForAll @net.jqwik.api.constraints.IntRange(max = 80) int length) {
        QuoteMatcher matcher = new QuoteMatcher("s", text);
        String t = NormalizedText.of(text).text();
        // Mostly a piece of the text itself (so it is there, often more than once), else any other text.
        String piece = from < t.length() ? t.substring(from, Math.min(t.length(), from + length)) : other;
        String q = NormalizedText.normalize(piece);
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 0; !q.isEmpty() && i + q.length() <= t.length(); i++) if (t.startsWith(q, i)) expected.add(i);
        assertEquals(expected, matcher.occurrences(q), "`" + q + "` in `" + t + "`");
    }
}
