package factcheck.cite;

import java.util.function.IntConsumer;

/**
 * Where each word of a normalised text starts, found by the first {@link #KEY} characters from
 * there. An occurrence of a quote whose first space is at {@code k - 1} puts a word start at
 * its offset {@code + k} (the text has that space too, and one space only), so the words whose
 * first characters are the quote's from {@code k} are the only places it can stand: a few,
 * where a scan of the article tried every offset. Hand-written because it is a hash table of
 * int arrays, one pass over the text; it is immutable once built, so lookups may run on several
 * threads.
 */
final class WordStarts {

    /** Characters a word start is known by; quotes with fewer after their first space are scanned for. */
    static final int KEY = 4;

    private final int mask;
    /** Word starts grouped by the hash of their first KEY characters, each group in text order. */
    private final int[] offsets;
    /** Where each group begins in {@link #offsets}; the last entry is its length. */
    private final int[] groupStart;

    WordStarts(String text) {
        // One pass over the text for the word starts and their hashes, then a counting sort by group.
        int[] at = new int[Math.max(16, text.length() / 4)];
        int[] hashes = new int[at.length];
        int count = 0;
        for (int i = 0; i + KEY <= text.length(); i++) {
            if (!isWordStart(text, i)) continue;
            if (count == at.length) {
                at = java.util.Arrays.copyOf(at, count * 2);
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
            }
            at[count] = i;
            hashes[count++] = hash(text, i);
        }
        int groups = Integer.highestOneBit(Math.max(1, count)); // between half as many groups as words and as many
        mask = groups - 1;
        groupStart = new int[groups + 1];
        for (int w = 0; w < count; w++) groupStart[(hashes[w] & mask) + 1]++;
        for (int g = 0; g < groups; g++) groupStart[g + 1] += groupStart[g];
        offsets = new int[count];
        int[] next = java.util.Arrays.copyOf(groupStart, groups);
        for (int w = 0; w < count; w++) offsets[next[hashes[w] & mask]++] = at[w];
    }

    private static boolean isWordStart(String text, int i) {
        return text.charAt(i) != ' ' && (i == 0 || text.charAt(i - 1) == ' ');
    }

    /** Whether a word start can be looked up by {@code q}'s characters from {@code from}. */
    boolean canLookUp(String q, int from) {
        return q.length() - from >= KEY;
    }

    /** Hands over, in text order, every word start whose first characters may be {@code q}'s from {@code from}. */
    void forEachCandidate(String q, int from, IntConsumer offset) {
        int g = hash(q, from) & mask;
        for (int i = groupStart[g]; i < groupStart[g + 1]; i++) offset.accept(offsets[i]);
    }

    private static int hash(String s, int from) {
        int h = 0;
        for (int i = from; i < from + KEY; i++) h = 31 * h + s.charAt(i);
        return h ^ (h >>> 16); // the low bits pick the group: mix the high ones in
    }
}
