package factcheck.render;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import factcheck.site.BuildCaches;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index in pieces: each word's postings in its shard, each claim's card in its chunk, and an edit rewrites only what it touches. */
class SearchIndexTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path root;
    private Path out;
    private final BuildCaches caches = BuildCaches.keeping();

    @BeforeEach
    void build() {
        root = TestProjects.copy("basic", tmp);
        for (int i = 0; i < 130; i++) {
            TestProjects.write(root.resolve("content/claims/many-" + i + ".yaml"),
                    TestProjects.claimRecord(i, i % 2 == 0 ? "false" : "true", "t" + (i % 3), "council", "Summary " + i + "."));
        }
        out = tmp.resolve("out");
        write();
    }

    private void write() {
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root, caches).write(out, d).isPresent(), d.report());
    }

    /** The data a piece of the index hands to FACTCHECK_SEARCH.add. */
    private JsonNode part(String path) throws IOException {
        String script = Files.readString(out.resolve(path));
        String prefix = script.substring(0, script.indexOf(',', script.indexOf(',') + 1) + 1);
        String data = script.substring(prefix.length(), script.lastIndexOf(");"));
        if (data.startsWith("JSON.parse('")) data = data.substring("JSON.parse('".length(), data.length() - "')".length());
        return JSON.readTree(data);
    }

    private JsonNode meta() throws IOException {
        String script = Files.readString(out.resolve("search/index.js"));
        int start = script.indexOf("window.FACTCHECK_SEARCH = ") + "window.FACTCHECK_SEARCH = ".length();
        return JSON.readTree(script.substring(start, script.indexOf(";\n", start)));
    }

    /** Claim number -> the fields a word stands in there. */
    private Map<Integer, Integer> postings(String word, int shards) throws IOException {
        JsonNode list = part("search/shards/" + SearchWords.shard(word, shards) + ".js").get(word);
        Map<Integer, Integer> byClaim = new HashMap<>();
        int claim = 0;
        for (int i = 0; list != null && i < list.size(); i += 2) {
            claim += list.get(i).asInt();
            byClaim.put(claim, list.get(i + 1).asInt());
        }
        return byClaim;
    }

    /** The card of claim number {@code n}: [id, claim, rank, label, claimant]. */
    private JsonNode card(int n) throws IOException {
        return part("search/cards/" + n / SearchIndex.CARDS_PER_CHUNK + ".js").get(n % SearchIndex.CARDS_PER_CHUNK);
    }

    @Test
    void aWordsPostingsNameTheClaimsAndFieldsItStandsIn() throws IOException {
        JsonNode meta = meta();
        int shards = meta.get("shards").asInt();
        assertEquals(132, meta.get("claims").asInt());
        assertTrue(shards > 1, "several shards at 132 claims: " + shards);

        Map<Integer, Integer> budget = postings("budget", shards); // "The budget rose twice." and every claim's quote
        Map<Integer, Integer> twice = postings("twice", shards);
        assertEquals(1, twice.size(), "only budget-rose says twice: " + twice);
        int n = twice.keySet().iterator().next();
        assertEquals("budget-rose", card(n).get(0).asText());
        assertEquals("The budget rose twice.", card(n).get(1).asText());
        assertEquals(SearchIndex.CLAIM | SearchIndex.SUMMARY, twice.get(n), "in the claim and the summary");
        assertEquals(SearchIndex.CLAIM | SearchIndex.QUOTES, budget.get(n));
        assertTrue(budget.size() >= 131, "every claim quoting the report: " + budget.size());

        Map<Integer, Integer> council = postings("council", shards);
        int councilClaims = 0;
        for (int i = 0; i < 132; i++) if (card(i).get(4).asText().equals("The Council")) councilClaims++;
        assertTrue(council.size() >= councilClaims && council.values().stream().anyMatch(f -> (f & SearchIndex.CLAIMANT) != 0), council.toString());
    }

    @Test
    void claimsAreNumberedOldestFirstWithTheirVerdictsAndTopics() throws IOException {
        JsonNode ranks = part("search/verdicts.js");
        assertEquals(132, ranks.size());
        Map<String, Integer> rankOfLabel = Map.of("True", 0, "False", 1, "Unproven", 2); // the basic fixture's scale, best first
        for (int i = 0; i < 132; i++) assertEquals(rankOfLabel.get(card(i).get(3).asText()), ranks.get(i).asInt(), "claim " + i);
        JsonNode t1 = part("search/topics.js").get("t1");
        int claim = 0;
        Set<String> ids = new TreeSet<>();
        for (JsonNode gap : t1) ids.add(card(claim += gap.asInt()).get(0).asText());
        Set<String> expected = new TreeSet<>();
        for (int i = 1; i < 130; i += 3) expected.add("many-" + i);
        assertEquals(expected, ids);
        assertEquals("many-0", card(0).get(0).asText(), "the oldest check first: a new one is numbered after all the others");
        assertEquals("budget-rose", card(131).get(0).asText(), "the newest check last");
    }

    @Test
    void aNewCheckRenumbersNoOtherClaim() throws IOException {
        SortedMap<String, String> before = TestProjects.snapshot(out.resolve("search"));
        TestProjects.write(root.resolve("content/claims/newest.yaml"), TestProjects.claimRecord(900, "true", "t1", "council", "Brand new.")
                .replaceFirst("reviewed: [0-9-]+", "reviewed: 2030-01-01"));
        write();
        SortedMap<String, String> after = TestProjects.snapshot(out.resolve("search"));
        Set<String> changed = new TreeSet<>();
        after.forEach((path, hash) -> { if (!hash.equals(before.get(path))) changed.add(path); });
        int chunk = 132 / SearchIndex.CARDS_PER_CHUNK;
        assertTrue(changed.contains("cards/" + chunk + ".js") && changed.contains("index.js") && changed.contains("verdicts.js"), changed.toString());
        assertTrue(changed.stream().noneMatch(p -> p.startsWith("cards/") && !p.equals("cards/" + chunk + ".js")), "no other card chunk: " + changed);
        for (String path : changed) {
            if (!path.startsWith("shards/")) continue;
            boolean holdsTheNewClaim = false;
            for (var words = part("search/" + path).fields(); words.hasNext(); ) {
                JsonNode list = words.next().getValue();
                int claim = 0;
                for (int i = 0; i < list.size(); i += 2) if ((claim += list.get(i).asInt()) == 132) holdsTheNewClaim = true;
            }
            assertTrue(holdsTheNewClaim, path + " changed, though none of its words is in the new claim");
        }
    }

    @Test
    void anEditOfOneClaimRewritesOnlyTheShardOfTheWordItGained() throws IOException {
        int shards = meta().get("shards").asInt();
        SortedMap<String, String> before = TestProjects.snapshot(out.resolve("search"));
        replace(root.resolve("content/claims/budget-rose.yaml"), "summary: The report says so twice.", "summary: The report says so twice, zeppelin.");
        write();
        SortedMap<String, String> after = TestProjects.snapshot(out.resolve("search"));
        Set<String> changed = new TreeSet<>();
        after.forEach((path, hash) -> { if (!hash.equals(before.get(path))) changed.add(path); });
        assertEquals(Set.of("shards/" + SearchWords.shard("zeppelin", shards) + ".js"), changed);
        assertEquals(before.keySet(), after.keySet());

        // The claim itself: its card's chunk, and the shards of the word it lost and the word it gained.
        int n = postings("twice", shards).keySet().iterator().next();
        replace(root.resolve("content/claims/budget-rose.yaml"), "claim: The budget rose twice.", "claim: The budget rose thrice.");
        write();
        SortedMap<String, String> third = TestProjects.snapshot(out.resolve("search"));
        changed.clear();
        third.forEach((path, hash) -> { if (!hash.equals(after.get(path))) changed.add(path); });
        Set<String> expected = new TreeSet<>(Set.of("cards/" + n / SearchIndex.CARDS_PER_CHUNK + ".js",
                "shards/" + SearchWords.shard("thrice", shards) + ".js"));
        expected.add("shards/" + SearchWords.shard("twice", shards) + ".js"); // still in the summary, no longer in the claim
        assertEquals(expected, changed);
    }
}
