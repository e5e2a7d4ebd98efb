package factcheck.cite;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text in the form quotes are compared in, so that a quote matches however the article's text
 * arrived (typed, pasted from the web, extracted from a PDF):
 * <ul>
 *   <li>each letter with its combining marks is composed (NFC): "café" is one form, precomposed or not;
 *   <li>invisible characters (Unicode's default-ignorables: soft hyphens, zero-width spaces, word
 *       joiners, U+FEFF, variation selectors) are left out;
 *   <li>every run of whitespace and line breaks (U+0085, U+2028 and U+2029 too) is one space;
 *   <li>typographic double and single quotes and guillemets are straight quotes, every dash (category
 *       Pd, and the minus sign) is {@code -} and a run of them one {@code -} (so {@code --} typed in
 *       ASCII matches an em dash), {@code …} is {@code ...};
 *   <li>fullwidth ASCII and the Latin and Armenian ligatures (ﬁ, common in text copied from PDFs)
 *       are their plain letters.
 * </ul>
 * Nothing else changes: case, punctuation and spelling must match. Each normalised character
 * keeps the span of the original it came from, a letter with all its marks, so a match maps back
 * to exact offsets of the original and never starts or ends inside a letter and its marks.
 */
final class NormalizedText {

    private final String text;
    /** For each normalised character: where its letter (with its marks) starts and ends in the original. */
    private final int[] start;
    private final int[] end;
    /** Whether a normalised character is the first of its letter: a match must start at one and end before one. */
    private final boolean[] first;

    private NormalizedText(String text, int[] start, int[] end, boolean[] first) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.first = first;
    }

    static NormalizedText of(String original) {
        Builder out = new Builder(original.length());
        int i = 0;
        while (i < original.length()) {
            char c = original.charAt(i);
            if (c < 0x80 && (i + 1 == original.length() || original.charAt(i + 1) < 0x300)) { // ASCII with no mark after it: most text
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) out.space(i, i + 1);
                else if (c == '-') out.dash(i, i + 1);
                else out.append(String.valueOf(c), i, i + 1);
                i++;
                continue;
            }
            int cp = original.codePointAt(i);
            int j = i + Character.charCount(cp);
            while (j < original.length() && isMark(original.codePointAt(j))) j += Character.charCount(original.codePointAt(j));
            letter(original, i, j, cp, out);
            i = j;
        }
        return out.build();
    }

    /** The letter {@code original[i, j)}: {@code cp} and the marks after it. */
    private static void letter(String original, int i, int j, int cp, Builder out) {
        if (ignorable(cp)) {
            if (j > i + Character.charCount(cp)) letter(original, i + Character.charCount(cp), j, original.codePointAt(i + Character.charCount(cp)), out);
            return;
        }
        if (isSpace(cp)) {
            out.space(i, j);
            return;
        }
        StringBuilder group = new StringBuilder(j - i);
        for (int k = i; k < j; ) {
            int c = original.codePointAt(k);
            k += Character.charCount(c);
            if (!ignorable(c)) group.appendCodePoint(c);
        }
        String composed = Normalizer.normalize(group, Normalizer.Form.NFC);
        int base = composed.codePointAt(0);
        if (isDash(base) && composed.length() == Character.charCount(base)) out.dash(i, j);
        else out.append(fold(composed), i, j);
    }

    /** A quote, prefix or suffix in normalised form, without leading or trailing space. */
    static String normalize(String s) {
        return of(s).text.strip();
    }

    String text() {
        return text;
    }

    /** Offset in the original text where normalised character {@code i}'s letter starts. */
    int origin(int i) {
        return start[i];
    }

    /** Offset in the original text just after normalised character {@code i}'s letter (and its marks). */
    int originEnd(int i) {
        return end[i];
    }

    /** Whether normalised characters {@code [from, to)} are whole letters: no letter split from its marks. */
    boolean wholeLetters(int from, int to) {
        return first[from] && (to == text.length() || first[to]);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean ignorable(int c) {
        return c >= 0x80 && UCharacter.hasBinaryProperty(c, UProperty.DEFAULT_IGNORABLE_CODE_POINT);
    }

    private static boolean isDash(int c) {
        return c == '-' || c == '\u2212' || Character.getType(c) == Character.DASH_PUNCTUATION;
    }

    /** A composed letter as quotes compare it. */
    private static String fold(String letter) {
        int c = letter.codePointAt(0);
        if (letter.length() != Character.charCount(c)) return letter; // a letter with marks: as composed
        if (c >= 0xFF01 && c <= 0xFF5E) c -= 0xFEE0; // fullwidth ASCII
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
            case '\u301D': case '\u301E': case '\u275D': case '\u275E':
                return "\"";
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC': case '\u2039': case '\u203A':
            case '\u275B': case '\u275C':
                return "'";
            case '\u2026':
                return "...";
            default:
                if ((c >= 0xFB00 && c <= 0xFB06) || (c >= 0xFB13 && c <= 0xFB17)) return Normalizer.normalize(letter, Normalizer.Form.NFKC);
                return new String(Character.toChars(c));
        }
    }

    /** The normalised text as it is made, with each character's span in the original. */
    private static final class Builder {
        private final StringBuilder text;
        private int[] start;
        private int[] end;
        private boolean[] first;

        Builder(int capacity) {
            text = new StringBuilder(capacity);
            start = new int[Math.max(16, capacity)];
            end = new int[start.length];
            first = new boolean[start.length];
        }

        void space(int from, int to) {
            if (last() == ' ') end[text.length() - 1] = to;
            else append(" ", from, to);
        }

        void dash(int from, int to) {
            if (last() == '-') end[text.length() - 1] = to;
            else append("-", from, to);
        }

        void append(String letter, int from, int to) {
            for (int k = 0; k < letter.length(); k++) {
                int n = text.length();
                if (n == start.length) {
                    start = Arrays.copyOf(start, n * 2);
                    end = Arrays.copyOf(end, n * 2);
                    first = Arrays.copyOf(first, n * 2);
                }
                text.append(letter.charAt(k));
                start[n] = from;
                end[n] = to;
                first[n] = k == 0;
            }
        }

        private char last() {
            return text.length() == 0 ? 0 : text.charAt(text.length() - 1);
        }

        NormalizedText build() {
            int n = text.length();
            return new NormalizedText(text.toString(), Arrays.copyOf(start, n), Arrays.copyOf(end, n), Arrays.copyOf(first, n));
        }
    }
}
