package factcheck.cite;

/**
 * The passage of a text closest to a quote that is not in it: approximate substring matching
 * (Sellers' algorithm: edit distance where the match may start and end anywhere in the text),
 * one column of the table at a time, tracking where each candidate starts. O(quote x text) time,
 * O(quote) memory; run only on a miss, and on a bounded quote length.
 */
final class NearestPassage {

    /** Long quotes are compared on their first part: enough to point at the place, bounded in time. */
    static final int MAX_QUOTE = 400;

    /** Where the closest passage stands in the normalised text, and its edit distance from the quote. */
    record Match(int start, int end, int distance, int quoteLength) {

        /** 0..100: how much of the quote the passage shares. */
        int similarityPercent() {
            return quoteLength == 0 ? 0 : Math.max(0, (int) Math.floor(100.0 * (quoteLength - distance) / quoteLength));
        }
    }

    private NearestPassage() {}

    static Match find(String quote, String text) {
        String q = quote.length() > MAX_QUOTE ? quote.substring(0, MAX_QUOTE) : quote;
        int m = q.length();
        int[] cost = new int[m + 1];
        int[] start = new int[m + 1];
        for (int i = 0; i <= m; i++) cost[i] = i;
        int bestCost = cost[m];
        int bestEnd = 0;
        int bestStart = 0;
        for (int j = 1; j <= text.length(); j++) {
            char t = text.charAt(j - 1);
            int diagCost = cost[0];
            int diagStart = start[0];
            cost[0] = 0; // the match may begin anywhere
            start[0] = j;
            for (int i = 1; i <= m; i++) {
                int upCost = cost[i];
                int upStart = start[i];
                int best = diagCost + (q.charAt(i - 1) == t ? 0 : 1);
                int bestFrom = diagStart;
                if (upCost + 1 < best) {
                    best = upCost + 1;
                    bestFrom = upStart;
                }
                if (cost[i - 1] + 1 < best) {
                    best = cost[i - 1] + 1;
                    bestFrom = start[i - 1];
                }
                diagCost = upCost;
                diagStart = upStart;
                cost[i] = best;
                start[i] = bestFrom;
            }
            if (cost[m] < bestCost) {
                bestCost = cost[m];
                bestEnd = j;
                bestStart = start[m];
            }
        }
        return new Match(bestStart, Math.max(bestStart, bestEnd), bestCost, m);
    }
}
