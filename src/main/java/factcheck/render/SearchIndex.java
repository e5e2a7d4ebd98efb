package factcheck.render;

import factcheck.cache.Memo;
import factcheck.model.Actor;
import factcheck.model.Citation;
import factcheck.model.Rating;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The search index, in pieces that a search page loads as it needs them. Shipped as scripts
 * rather than JSON, because a page opened from {@code file://} may load a script but may not
 * fetch a file; so each piece calls {@code FACTCHECK_SEARCH.add(kind, number, data)}.
 *
 * <ul>
 *   <li>{@code search/index.js}: how many claims and shards there are, and the verdicts.
 *   <li>{@code search/shards/N.js}: every word whose first two letters hash to N (see
 *       {@link SearchWords#shard}), with its postings: the claims it stands in, as the gap from the
 *       previous claim's number, each followed by the fields it stands in (bits, {@link #CLAIM}...).
 *       A query loads one shard per word: at 10,000 claims, one file of hundreds.
 *   <li>{@code search/cards/N.js}: the result cards of claims {@code 20N} to {@code 20N+19}: only
 *       the results shown are loaded.
 *   <li>{@code search/verdicts.js} and {@code search/topics.js}: each claim's verdict (its rank), and the
 *       claims of each topic, loaded when a search is filtered by one.
 * </ul>
 * Claims are numbered oldest check first, so that a new check, the usual addition, is numbered
 * after all the others and renumbers none (the search page shows the newest first among equals).
 * An edit of a claim changes the shards of the words it gained or lost and its card chunk; the
 * other files come out byte for byte as before, and are not written again.
 */
final class SearchIndex {

    static final int CARDS_PER_CHUNK = 20;
    /** The fields a word stands in, as bits: the claim outranks its claimant, who outranks the rest. */
    static final int CLAIM = 32, CLAIMANT = 16, ACTORS = 8, TOPICS = 4, SUMMARY = 2, QUOTES = 1;
    private static final int MAX_SHARDS = 2048;

    /** Each claim's words by its card and actors, kept between renders when the renderer remembers pages. */
    private final Memo<List<Object>, ClaimWords> words;

    SearchIndex(boolean remember) {
        words = remember ? Memo.keeping() : Memo.none();
    }

    /** Starts a render: claims the last one did not index are forgotten. */
    void nextRender() {
        words.nextBuild();
    }

    /** The index's files for the site {@code catalog} holds, each made when first asked for. */
    Map<String, Supplier<byte[]>> files(Catalog catalog, Json json) {
        return new Site(catalog, json).files;
    }

    /** A claim's words, sorted, each with the fields it stands in. */
    private record ClaimWords(String[] words, int[] fields) {}

    /** One claim's searchable text by field, folded into words. */
    private static ClaimWords claimWords(Views.ClaimCard c, List<Actor> about) {
        Map<String, Integer> fields = new HashMap<>();
        add(fields, c.claim().claim(), CLAIM);
        add(fields, names(c.claimant()), CLAIMANT);
        for (Actor a : about) add(fields, names(a), ACTORS);
        add(fields, String.join(" ", c.claim().topics()), TOPICS);
        add(fields, c.claim().summary(), SUMMARY);
        for (Citation q : c.claim().citations()) add(fields, q.quote(), QUOTES);
        String[] words = fields.keySet().toArray(String[]::new);
        Arrays.sort(words);
        int[] bits = new int[words.length];
        for (int i = 0; i < words.length; i++) bits[i] = fields.get(words[i]);
        return new ClaimWords(words, bits);
    }

    private static void add(Map<String, Integer> fields, String text, int field) {
        if (text == null) return;
        for (String w : SearchWords.words(text)) fields.merge(w, field, (a, b) -> a | b);
    }

    /** An actor's name and every spelling of it, so "Massimov" finds "Masimov". */
    private static String names(Actor a) {
        List<String> all = new ArrayList<>(List.of(a.name()));
        all.addAll(a.aliases());
        return String.join(" ", all);
    }

    /** A power of two near one shard per 32 claims: small enough files, few enough of them. */
    static int shardCount(int claims) {
        int shards = 1;
        while (shards < MAX_SHARDS && shards * 32 < claims) shards *= 2;
        return shards;
    }

    /** The index of one render. */
    private final class Site {

        private final Catalog catalog;
        private final Json json;
        private final List<Views.ClaimCard> claims;
        private final int shards;
        private final Map<String, Supplier<byte[]>> files = new LinkedHashMap<>();
        /** Every word's postings, by shard: made once, when the first shard is asked for. */
        private Map<Integer, TreeMap<String, Postings>> byShard;

        Site(Catalog catalog, Json json) {
            this.catalog = catalog;
            this.json = json;
            List<Views.ClaimCard> oldestFirst = new ArrayList<>(catalog.cards());
            Collections.reverse(oldestFirst);
            this.claims = oldestFirst;
            this.shards = shardCount(claims.size());
            files.put("search/index.js", this::meta);
            for (int i = 0; i < shards; i++) {
                int shard = i;
                files.put("search/shards/" + i + ".js", () -> shard(shard));
            }
            int chunks = Math.max(1, (claims.size() + CARDS_PER_CHUNK - 1) / CARDS_PER_CHUNK);
            for (int i = 0; i < chunks; i++) {
                int chunk = i;
                files.put("search/cards/" + i + ".js", () -> cards(chunk));
            }
            files.put("search/verdicts.js", this::verdicts);
            files.put("search/topics.js", this::topics);
        }

        private byte[] meta() {
            List<Map<String, Object>> ratings = new ArrayList<>();
            for (Rating r : catalog.project().config().ratings()) ratings.add(Json.object("id", r.id(), "label", r.label(), "rank", r.rank()));
            Map<String, Object> meta = Json.object("version", 2, "claims", claims.size(), "shards", shards, "chunk", CARDS_PER_CHUNK,
                    "fields", Json.object("claim", CLAIM, "claimant", CLAIMANT, "actors", ACTORS, "topics", TOPICS, "summary", SUMMARY, "quotes", QUOTES),
                    "ratings", ratings);
            return utf8("// factcheck search index: see src/main/java/factcheck/render/SearchIndex.java\n"
                    + "window.FACTCHECK_SEARCH = " + json.forScript(meta) + ";\n"
                    + "window.FACTCHECK_SEARCH.parts = {};\n"
                    + "window.FACTCHECK_SEARCH.add = function (kind, n, data) { this.parts[kind + '/' + n] = data; };\n");
        }

        private byte[] shard(int shard) {
            // JSON in a string: browsers parse JSON faster than a script's object literal of the same data.
            StringBuilder out = new StringBuilder("FACTCHECK_SEARCH.add(\"shards\",").append(shard).append(",JSON.parse('{");
            boolean first = true;
            for (Map.Entry<String, Postings> e : postings().getOrDefault(shard, new TreeMap<>()).entrySet()) {
                if (!first) out.append(',');
                first = false;
                // A word is letters, marks and digits alone (SearchWords.WORD): nothing in it needs escaping, in JSON
                // or in a script's string. Checked, since that is what keeps content out of the script.
                if (!SearchWords.WORD.matcher(e.getKey()).matches()) throw new IllegalStateException("not a search word: " + e.getKey());
                out.append('"').append(e.getKey()).append("\":[");
                e.getValue().appendTo(out);
                out.append(']');
            }
            return utf8(out.append("}'));\n").toString());
        }

        private synchronized Map<Integer, TreeMap<String, Postings>> postings() {
            if (byShard != null) return byShard;
            Map<String, Postings> all = new HashMap<>();
            for (int n = 0; n < claims.size(); n++) {
                Views.ClaimCard c = claims.get(n);
                List<Actor> about = c.claim().about().stream().map(catalog::actor).toList();
                ClaimWords w = words.get(List.of(c, about), k -> claimWords(c, about));
                for (int i = 0; i < w.words().length; i++) all.computeIfAbsent(w.words()[i], k -> new Postings()).add(n, w.fields()[i]);
            }
            byShard = new HashMap<>();
            all.forEach((word, p) -> byShard.computeIfAbsent(SearchWords.shard(word, shards), k -> new TreeMap<>()).put(word, p));
            return byShard;
        }

        private byte[] cards(int chunk) {
            List<List<Object>> cards = new ArrayList<>();
            for (Views.ClaimCard c : claims.subList(Math.min(claims.size(), chunk * CARDS_PER_CHUNK),
                    Math.min(claims.size(), (chunk + 1) * CARDS_PER_CHUNK))) {
                cards.add(Arrays.asList(c.id(), c.claim().claim(), c.rating().shade(), c.rating().label(), c.claimant().name()));
            }
            return utf8("FACTCHECK_SEARCH.add(\"cards\"," + chunk + "," + json.forScript(cards) + ");\n");
        }

        private byte[] verdicts() {
            StringBuilder ranks = new StringBuilder("FACTCHECK_SEARCH.add(\"verdicts\",0,[");
            for (int n = 0; n < claims.size(); n++) ranks.append(n == 0 ? "" : ",").append(claims.get(n).rating().rank());
            return utf8(ranks.append("]);\n").toString());
        }

        private byte[] topics() {
            Map<String, Integer> number = new HashMap<>();
            for (int n = 0; n < claims.size(); n++) number.put(claims.get(n).id(), n);
            StringBuilder out = new StringBuilder("FACTCHECK_SEARCH.add(\"topics\",0,{");
            boolean first = true;
            for (Map.Entry<String, List<Views.ClaimCard>> e : new TreeMap<>(catalog.topics()).entrySet()) {
                if (!first) out.append(',');
                first = false;
                int[] members = e.getValue().stream().mapToInt(c -> number.get(c.id())).sorted().toArray();
                out.append(json.forScript(e.getKey())).append(":[");
                int last = 0;
                for (int i = 0; i < members.length; i++) {
                    if (i > 0) out.append(',');
                    out.append(members[i] - last);
                    last = members[i];
                }
                out.append(']');
            }
            return utf8(out.append("});\n").toString());
        }
    }

    /** A word's claims in order, each as the gap from the one before and the fields the word stands in there. */
    private static final class Postings {
        private int[] pairs = new int[4];
        private int size;
        private int last;

        void add(int claim, int fields) {
            if (size + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
            pairs[size++] = claim - last;
            pairs[size++] = fields;
            last = claim;
        }

        void appendTo(StringBuilder out) {
            for (int i = 0; i < size; i++) {
                if (i > 0) out.append(',');
                out.append(pairs[i]);
            }
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
