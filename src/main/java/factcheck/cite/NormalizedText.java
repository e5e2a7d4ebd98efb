package factcheck.cite;

/**
 * A text in the form quotes are compared in: every run of whitespace is one space, typographic
 * double and single quotes are straight, every dash is {@code -}. Nothing else changes (case,
 * punctuation and spelling must match). Keeps, for each normalised character, its offset in the
 * original text, so a match maps back to the exact original passage.
 */
final class NormalizedText {

    private final String text;
    private final int[] origin;

    private NormalizedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    static NormalizedText of(String original) {
        StringBuilder out = new StringBuilder(original.length());
        int[] origin = new int[original.length()];
        boolean inSpace = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (isSpace(c)) {
                if (!inSpace) {
                    origin[out.length()] = i;
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            origin[out.length()] = i;
            out.append(fold(c));
        }
        return new NormalizedText(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
    }

    /** A quote, prefix or suffix in normalised form, without leading or trailing space. */
    static String normalize(String s) {
        return of(s).text.strip();
    }

    String text() {
        return text;
    }

    /** Offset in the original text of normalised character {@code i}. */
    int origin(int i) {
        return origin[i];
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static char fold(char c) {
        switch (c) {
            case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u00AB': case '\u00BB': case '\u2033':
                return '"';
            case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                return '\'';
            case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': case '\u2212':
                return '-';
            default:
                return c;
        }
    }
}
