package factcheck.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a text as search compares them, folded so that a reader finds what they mean
 * however they type it: case and diacritics ignored (so ё is е and й is и, as Russian readers
 * type them), Arabic tashkeel and tatweel ignored and alef forms made one, Greek final sigma made
 * σ, and compatibility forms (fullwidth letters, the ﬁ ligature) made plain. Only diacritics are
 * dropped: the vowel signs of Indic and Southeast Asian scripts are letters' parts, and stay. A
 * letter of a script written without spaces (Chinese, Japanese, Thai and their neighbours) is a
 * word of its own, so that a query finds it inside a run of text.
 *
 * <p>{@code assets/search.js} folds queries with the same steps, and both are checked against
 * the same cases ({@code src/test/resources/search-words.json}). They may still disagree on a
 * character that Java 17's Unicode (13.0) does not know and a browser's does.
 */
final class SearchWords {

    /** What a word is made of: nothing in it needs escaping in JSON or in a script's string. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}\\p{M}]+");

    private SearchWords() {}

    /** {@code text} folded: lower case, compatibility-decomposed, diacritics dropped, the letters above made one. */
    static String fold(String text) {
        if (ascii(text)) return text.toLowerCase(Locale.ROOT); // nothing to decompose: most of an English desk's text, at a fifth of the cost
        // Lower case first: lowering İ makes i and a combining dot, which the next step drops.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (diacritic(c)) continue;
            if (c == 0x0671) c = 0x0627; // alef wasla: an alef (the hamza forms decompose to alef and a mark)
            out.appendCodePoint(c);
        }
        return out.toString().replace('ς', 'σ');
    }

    /** Marks that readers leave out when they type: the combining diacritics, Arabic tashkeel and tatweel. search.js lists the same. */
    static boolean diacritic(int c) {
        return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF)
                || (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F)
                || (c >= 0x0610 && c <= 0x061A) || (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED)
                || c == 0x0640;
    }

    /** The folded words of {@code text}, in order: runs of letters and digits, or single letters of scripts without spaces. */
    static List<String> words(String text) {
        if (ascii(text)) return asciiWords(text);
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); ) {
            int c = i < folded.length() ? folded.codePointAt(i) : ' ';
            int next = i + Character.charCount(c);
            boolean partOfWord = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c) || isMark(c);
            if (partOfWord && c >= 0x0E00 && unspaced(c)) { // Thai is the first of them: no lookup for the rest
                if (start >= 0) words.add(folded.substring(start, i));
                words.add(folded.substring(i, next));
                start = -1;
            } else if (partOfWord) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i = next;
        }
        return words;
    }

    /** {@link #words} of ASCII text in one pass, lowering as it goes: an index reads every claim's text. */
    private static List<String> asciiWords(String text) {
        List<String> words = new ArrayList<>();
        char[] word = new char[text.length()];
        int length = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z') c = (char) (c + ('a' - 'A'));
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) word[length++] = c;
            else if (length > 0) {
                words.add(new String(word, 0, length));
                length = 0;
            }
        }
        return words;
    }

    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) >= 0x80) return false;
        return true;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Scripts written without spaces between words. */
    private static boolean unspaced(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR -> true;
            default -> false;
        };
    }

    /**
     * The shard a word's postings are in: the FNV-1a hash of its first two characters (UTF-16
     * units, as JavaScript counts them), so that every word a query word begins is in one shard.
     * {@code shards} is a power of two.
     */
    static int shard(String word, int shards) {
        String key = word.length() > 2 ? word.substring(0, 2) : word;
        int hash = 0x811c9dc5;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x01000193;
        }
        return hash & (shards - 1);
    }
}
