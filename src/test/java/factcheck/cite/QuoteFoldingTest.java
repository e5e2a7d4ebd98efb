package factcheck.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Quotes match text as it arrives from the web and from PDFs: composed or not, with invisible characters, with typed stand-ins. */
class QuoteFoldingTest {

    /** The exact original text a quote is found at. */
    private static String at(String text, String quote) {
        var p = assertInstanceOf(QuoteMatcher.Found.class, new QuoteMatcher("s", text).locate(quote, null, null), quote).passage();
        return text.substring(p.start(), p.end());
    }

    private static QuoteMatcher.Result locate(String text, String quote) {
        return new QuoteMatcher("s", text).locate(quote, null, null);
    }

    private static String nfd(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    @Test
    void composedAndDecomposedLettersAreOne() {
        assertEquals(nfd("Le café ferme"), at(nfd("Le café ferme."), "Le café ferme"));
        assertEquals("Le café ferme", at("Le café ferme.", nfd("Le café ferme")));
    }

    @Test
    void aMatchNeverSplitsALetterFromItsMarks() {
        assertInstanceOf(QuoteMatcher.NotFound.class, locate(nfd("Le café."), "Le cafe"), "the e of café is not an e");
        assertInstanceOf(QuoteMatcher.NotFound.class, locate("Le café.", "Le cafe"));
        assertEquals(nfd("é"), at(nfd("x é y"), "é"));
    }

    @Test
    void invisibleCharactersAreSkipped() {
        for (String invisible : new String[] {"\u00AD", "\u200B", "\uFEFF", "\u2060", "\u200D"}) {
            assertEquals("Nur-" + invisible + "Sultan", at("in Nur-" + invisible + "Sultan today", "Nur-Sultan"), "U+" + Integer.toHexString(invisible.charAt(0)));
            assertEquals("Nur-Sultan", at("in Nur-Sultan today", "Nur-" + invisible + "Sultan"));
        }
        assertEquals("☺\uFE0F ok", at("say ☺\uFE0F ok", "☺ ok"), "a variation selector");
    }

    @Test
    void typedStandInsMatchTypographicForms() {
        assertEquals("‹oui›", at("il dit ‹oui› hier", "'oui'"));
        assertEquals("wait…", at("and wait… then", "wait..."));
        assertEquals("wait...", at("and wait... then", "wait…"));
        assertEquals("yes—no", at("say yes—no now", "yes--no"));
        assertEquals("yes--no", at("say yes--no now", "yes—no"));
        assertEquals("a⸺b", at("x a⸺b y", "a-b"), "two-em dash");
        assertEquals("a⸻b", at("x a⸻b y", "a-b"), "three-em dash");
        assertEquals("a־b", at("x a־b y", "a-b"), "Hebrew maqaf, a Pd dash");
        assertEquals("ﬁnal", at("the ﬁnal word", "final"), "a ligature from a PDF");
        assertEquals("ＡＢＣ １２３", at("code ＡＢＣ １２３ here", "ABC 123"), "fullwidth ASCII");
        assertEquals("one\u0085two", at("one\u0085two", "one two"), "NEL is a line break");
        assertEquals("one\u2028two", at("one\u2028two", "one two"));
    }

    @Test
    void aWordEndingInsideAnEllipsisIsNotAMatch() {
        assertInstanceOf(QuoteMatcher.NotFound.class, locate("and wait… then", "wait."));
    }

    @Test
    void aLookAlikeIsNamedByCodePoint() {
        var nf = assertInstanceOf(QuoteMatcher.NotFound.class, locate("The capital of Kаzakhstan moved.", "capital of Kazakhstan"));
        assertEquals("U+0430 CYRILLIC SMALL LETTER A where the quote has U+0061 LATIN SMALL LETTER A", nf.difference());
    }

    @Test
    void aQuoteOfOnlySpacesOrInvisibleCharactersIsEmpty() {
        assertInstanceOf(QuoteMatcher.Empty.class, locate("text", "\u00A0\u00A0"));
        assertInstanceOf(QuoteMatcher.Empty.class, locate("text", "\u200B"));
    }

    @Test
    void offsetsRoundTripToTheOriginal() {
        String text = "A \uFEFFsoft\u00ADhyphen and ﬁne—dash… “quoted” " + nfd("résumé") + ".";
        NormalizedText n = NormalizedText.of(text);
        for (int i = 0; i < n.text().length(); i++) {
            String letter = text.substring(n.origin(i), n.originEnd(i));
            assertEquals(false, letter.isEmpty(), "character " + i);
        }
        assertEquals("soft\u00ADhyphen", at(text, "softhyphen"));
        assertEquals(nfd("résumé"), at(text, "résumé"));
    }

    @Test
    void aPrefixAtTheTextsStartAndASuffixAtItsEndAreCheckedWithoutRunningOff() {
        String text = "alpha beta alpha";
        assertInstanceOf(QuoteMatcher.ContextMismatch.class, new QuoteMatcher("s", text).locate("alpha", "zeta", null), "nothing before the first alpha");
        assertInstanceOf(QuoteMatcher.ContextMismatch.class, new QuoteMatcher("s", text).locate("alpha", null, "zeta"), "nothing after the last alpha");
        var first = assertInstanceOf(QuoteMatcher.Found.class, new QuoteMatcher("s", text).locate("alpha", null, "beta")).passage();
        assertEquals(0, first.start());
        var last = assertInstanceOf(QuoteMatcher.Found.class, new QuoteMatcher("s", text).locate("alpha", "beta", null)).passage();
        assertEquals(text.length(), last.end());
    }

    @Test
    void aDifferenceIsNamedOnlyWhenThePassageLooksTheSame() {
        assertEquals(null, QuoteMatcher.difference("the same text", "the same text"), "nothing differs");
        assertEquals(null, QuoteMatcher.difference("short", "longer text"), "not as long as the quote");
        assertEquals(null, QuoteMatcher.difference("abcdefghij", "abXdeXghij"), "two in ten differ: plainly another passage");
        assertEquals("U+0441 CYRILLIC SMALL LETTER ES where the quote has U+0063 LATIN SMALL LETTER C",
                QuoteMatcher.difference("abсdefghij", "abcdefghij"), "one in ten is the most that still looks the same");
        // A letter outside the BMP differs in its second UTF-16 unit: named whole, not by half a surrogate pair.
        assertEquals("U+1D41B MATHEMATICAL BOLD SMALL B where the quote has U+1D41A MATHEMATICAL BOLD SMALL A",
                QuoteMatcher.difference("x\uD835\uDC1B words here and more", "x\uD835\uDC1A words here and more"));
    }
}
