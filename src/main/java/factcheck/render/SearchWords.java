package factcheck.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a text as search compares them, folded so that a reader finds what they mean
 * however they type it: case and diacritics ignored in every script (so ё is е and й is и, as
 * Russian readers type them), Arabic tashkeel and tatweel ignored and alef forms made one, and
 * Greek final sigma made σ. A letter of a script written without spaces (Chinese, Japanese,
 * Thai and their neighbours) is a word of its own, so that a query finds it inside a run of
 * text. {@code assets/search.js} folds queries with the same steps; {@code SearchWordsTest}
 * holds the cases both must agree on.
 */
final class SearchWords {

    private SearchWords() {}

    /** {@code text} folded: lower case, decomposed, marks dropped, the letters above made one. */
    static String fold(String text) {
        if (ascii(text)) return text.toLowerCase(Locale.ROOT); // nothing to decompose: most of an English desk's text, at a fifth of the cost
        // Lower case first: lowering İ makes i and a combining dot, which the next step drops.
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) continue;
            if (c == 0x0640) continue; // Arabic tatweel: stretches a word, means nothing
            if (c == 0x0671) c = 0x0627; // alef wasla: an alef (the hamza forms decompose to alef and a mark)
            out.appendCodePoint(c);
        }
        return out.toString().replace('ς', 'σ');
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
            boolean partOfWord = c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') : Character.isLetterOrDigit(c);
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
