package factcheck.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.model.Passage;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMatcherTest {

    private static final String TEXT = "Title line\n\nThe minister said “the price rose” — twice.\n"
            + "Officials   said the price rose.\nLater, the price rose again; it’s true.\n";

    private final QuoteMatcher matcher = new QuoteMatcher("s", TEXT);

    private Passage found(String quote, String prefix, String suffix) {
        return assertInstanceOf(QuoteMatcher.Found.class, matcher.locate(quote, prefix, suffix)).passage();
    }

    @Test
    void straightQuotesAndDashesMatchTypographicOnes() {
        Passage p = found("said \"the price rose\" - twice", null, null);
        assertEquals("said “the price rose” — twice", TEXT.substring(p.start(), p.end()));
        assertEquals(3, p.line());
    }

    @Test
    void runsOfWhitespaceAndLineBreaksMatchOneSpace() {
        Passage p = found("twice. Officials said", null, null);
        assertEquals("twice.\nOfficials   said", TEXT.substring(p.start(), p.end()));
    }

    @Test
    void apostrophesMatchEitherWay() {
        Passage p = found("it's true", null, null);
        assertEquals("it’s true", TEXT.substring(p.start(), p.end()));
        assertEquals(5, p.line());
    }

    @Test
    void caseAndPunctuationAreNotForgiven() {
        assertInstanceOf(QuoteMatcher.NotFound.class, matcher.locate("The Minister said", null, null));
        assertInstanceOf(QuoteMatcher.NotFound.class, matcher.locate("Later the price rose", null, null));
    }

    @Test
    void aQuoteFoundSeveralTimesIsAmbiguousAndSaysWhere() {
        var r = assertInstanceOf(QuoteMatcher.Ambiguous.class, matcher.locate("the price rose", null, null));
        assertEquals(List.of(3, 4, 5), r.lines());
    }

    @Test
    void prefixOrSuffixPicksOneOfSeveralMatches() {
        assertEquals(4, found("the price rose", "Officials said", null).line());
        assertEquals(5, found("the price rose", null, "again;").line());
        assertEquals(3, found("the price rose", "minister said \"", "\" -").line());
    }

    @Test
    void prefixThatMatchesNoOccurrenceIsAnError() {
        var r = assertInstanceOf(QuoteMatcher.ContextMismatch.class, matcher.locate("the price rose", "Nobody said", null));
        assertEquals(3, r.occurrences());
    }

    @Test
    void prefixIsCheckedEvenForAUniqueQuote() {
        assertInstanceOf(QuoteMatcher.ContextMismatch.class, matcher.locate("it's true", "wrong words", null));
    }

    @Test
    void missingQuoteNamesTheClosestPassageWithItsLineAndSimilarity() {
        var r = assertInstanceOf(QuoteMatcher.NotFound.class, matcher.locate("Later, the prise rose agian", null, null));
        assertEquals(5, r.line());
        assertTrue(r.closest().startsWith("Later, the price rose"), r.closest());
        assertTrue(r.similarityPercent() >= 85 && r.similarityPercent() < 100, "similarity " + r.similarityPercent());
    }

    @Test
    void nearestPassageFindsTheBestWindowAnywhereInTheText() {
        NearestPassage.Match m = NearestPassage.find("quick brwn fox", "the quick brown fox jumps");
        assertEquals("quick brown fox", "the quick brown fox jumps".substring(m.start(), m.end()));
        assertEquals(1, m.distance());
    }
}
