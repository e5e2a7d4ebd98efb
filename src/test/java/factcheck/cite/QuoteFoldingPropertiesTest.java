package factcheck.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over random texts: any run of whole letters, quoted in the other normalisation form, with
 * invisible characters anywhere between letters, and with typed stand-ins for typographic
 * characters, is found at exactly its original range; and a quote that drops a letter's marks
 * is never found inside that letter.
 */
class QuoteFoldingPropertiesTest {

    /** Letters as an article has them, each with the form a quote may type instead (null: the same). */
    private static final String[][] LETTERS = {
            {"a", null}, {"b", null}, {"t", null}, {"é", null}, {"ü", null}, {"ñ", null}, {"ệ", null}, {"ǻ", null},
            {"ё", null}, {"й", null}, {"ж", null}, {"ά", null}, {"ا", null}, {".", null}, {",", null},
            {"…", "..."}, {"—", "--"}, {"–", "-"}, {"ﬁ", "fi"}, {"Ａ", "A"}, {"７", "7"}, {"‹", "'"}, {"›", "'"}, {"«", "\""},
            {" ", null}, {" ", null}, {"\n", null}, {"\u00A0", null}, {"\u2028", null}, {"\u0085", " "},
    };
    /** Invisible characters that stand between letters (not marks, which belong to the letter before them). */
    private static final String[] INVISIBLE = {"\u00AD", "\u200B", "\uFEFF", "\u2060", "\u200D"};

    record Case(List<Integer> letters, int from, int to, long seed) {}

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers().between(0, LETTERS.length - 1).list().ofMinSize(2).ofMaxSize(50).flatMap(letters ->
                Arbitraries.integers().between(0, letters.size() - 1).tuple2().flatMap(ij -> Arbitraries.longs().map(seed ->
                        new Case(letters, Math.min(ij.get1(), ij.get2()), Math.max(ij.get1(), ij.get2()) + 1, seed))));
    }

    private static boolean space(int letter) {
        return NormalizedText.isSpace(LETTERS[letter][0].codePointAt(0));
    }

    private static boolean dash(int letter) {
        return "—–".contains(LETTERS[letter][0]);
    }

    /** A letter in one normalisation form or the other. */
    private static String form(String letter, Random random) {
        return Normalizer.normalize(letter, random.nextBoolean() ? Normalizer.Form.NFC : Normalizer.Form.NFD);
    }

    @Property(tries = 1000)
    void aQuoteOfWholeLettersInAnyFormIsFoundAtItsOriginalRange(@ForAll("cases") Case c) {
        List<Integer> l = c.letters();
        // A quote is stripped of spaces at its ends, and runs of spaces and of dashes are one character each.
        Assume.that(!space(l.get(c.from())) && !space(l.get(c.to() - 1)));
        Assume.that(c.from() == 0 || !(dash(l.get(c.from() - 1)) && dash(l.get(c.from()))));
        Assume.that(c.to() == l.size() || !(dash(l.get(c.to())) && dash(l.get(c.to() - 1))));
        Random random = new Random(c.seed());
        StringBuilder text = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int i = 0; i < l.size(); i++) {
            if (random.nextInt(4) == 0) text.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            if (i == c.from()) start = text.length();
            text.append(form(LETTERS[l.get(i)][0], random));
            if (i == c.to() - 1) end = text.length();
        }
        StringBuilder quote = new StringBuilder();
        for (int i = c.from(); i < c.to(); i++) {
            String[] letter = LETTERS[l.get(i)];
            quote.append(form(letter[1] != null && random.nextBoolean() ? letter[1] : letter[0], random));
            if (random.nextInt(4) == 0) quote.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
        }
        QuoteMatcher matcher = new QuoteMatcher("s", text.toString());
        QuoteMatcher.Result r = matcher.locate(quote.toString(), null, null);
        String where = "`" + escape(quote) + "` in `" + escape(text) + "`";
        if (r instanceof QuoteMatcher.Ambiguous a) {
            assertTrue(a.lines().contains(matcher.lineOf(start)), where + ": " + a.lines());
            return;
        }
        var found = assertInstanceOf(QuoteMatcher.Found.class, r, where).passage();
        assertEquals(start, found.start(), "start of " + where);
        assertEquals(end, found.end(), "end of " + where);
    }

    @Property(tries = 500)
    void aQuoteThatDropsALettersMarksIsNotFoundInsideIt(@ForAll("cases") Case c) {
        List<Integer> l = c.letters();
        String last = Normalizer.normalize(LETTERS[l.get(c.to() - 1)][0], Normalizer.Form.NFD);
        Assume.that(last.length() > 1 && !space(l.get(c.from())));
        StringBuilder text = new StringBuilder();
        for (int i : l) text.append(Normalizer.normalize(LETTERS[i][0], Normalizer.Form.NFD));
        StringBuilder quote = new StringBuilder();
        for (int i = c.from(); i < c.to() - 1; i++) quote.append(LETTERS[l.get(i)][0]);
        quote.append(last.charAt(0)); // the letter without its marks
        QuoteMatcher.Result r = new QuoteMatcher("s", text.toString()).locate(quote.toString(), null, null);
        // Found only where the quote stands whole elsewhere: what it covers never ends before a letter's mark.
        if (r instanceof QuoteMatcher.Found f) {
            int e = f.passage().end();
            assertTrue(e == text.length() || Character.getType(text.charAt(e)) != Character.NON_SPACING_MARK,
                    "`" + escape(quote) + "` ends before a mark in `" + escape(text) + "` at " + e);
        }
    }

    private static String escape(CharSequence s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(cp -> out.append(cp < 0x80 && cp >= 0x20 ? String.valueOf((char) cp) : String.format("\\u%04X", cp)));
        return out.toString();
    }
}
