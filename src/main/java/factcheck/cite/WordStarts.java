package factcheck.cite;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Where each word of a normalised text starts, found by the first {@link #KEY} characters from
 * there. An occurrence of a quote whose first space is at {@code k - 1} puts a word start at
 * its offset {@code + k} (the text has that space too, and one space only), so the words whose
 * first characters are the quote's from {@code k} are the only places it can stand: a few,
 * where a scan of the article tried every offset. Hand-written because it is a dozen lines over
 * one sorted array; the text is immutable, so lookups may run on several threads.
 */
final class WordStarts {

    /** Characters a word start is known by; quotes with fewer after their first space are scanned for. */
    static final int KEY = 4;

    /** Each word start as (hash of its first KEY characters) << 32 | its offset, sorted. */
    private final long[] starts;

    WordStarts(String text) {
        long[] found = new long[Math.max(16, text.length() / 4)];
        int n = 0;
        for (int i = 0; i + KEY <= text.length(); i++) {
            if (text.charAt(i) == ' ' || (i > 0 && text.charAt(i - 1) != ' ')) continue;
            if (n == found.length) found = Arrays.copyOf(found, n * 2);
            found[n++] = ((long) hash(text, i) << 32) | i;
        }
        starts = Arrays.copyOf(found, n);
        Arrays.sort(starts);
    }

    /** Whether a word start can be looked up by {@code q}'s characters from {@code from}. */
    boolean canLookUp(String q, int from) {
        return q.length() - from >= KEY;
    }

    /** Hands over, in no particular order, every word start whose first characters may be {@code q}'s from {@code from}. */
    void forEachCandidate(String q, int from, IntConsumer offset) {
        int key = hash(q, from);
        long first = (long) key << 32;
        int i = Arrays.binarySearch(starts, first);
        if (i < 0) i = -i - 1;
        for (; i < starts.length && (int) (starts[i] >> 32) == key; i++) offset.accept((int) starts[i]);
    }

    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + KEY; i++) h = 31 * h + s.charAt(i);
        return h;
    }
}
