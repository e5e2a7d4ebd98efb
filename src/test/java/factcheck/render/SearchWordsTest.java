package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Words fold as readers type them; assets/search.js folds queries the same way (browser/search-words.mjs checks it on the same cases). */
class SearchWordsTest {

    @Test
    void caseAndDiacriticsAreIgnoredInEveryScript() {
        assertEquals(List.of("cafe", "creme", "brulee"), SearchWords.words("Café CRÈME-brûlée"));
        assertEquals(List.of("елка", "и", "иод"), SearchWords.words("Ёлка и йод"), "ё is е and й is и, as Russian readers type them");
        assertEquals(List.of("οδοσ", "σοφια"), SearchWords.words("ΟΔΟΣ σοφία"), "final sigma is sigma");
        assertEquals(List.of("istanbul"), SearchWords.words("İstanbul"));
    }

    @Test
    void arabicTashkeelAndTatweelAreIgnoredAndAlefFormsAreOne() {
        assertEquals(SearchWords.words("الكتاب"), SearchWords.words("الْكِتَابُ"), "tashkeel");
        assertEquals(SearchWords.words("كتاب"), SearchWords.words("كتـــاب"), "tatweel");
        assertEquals(List.of("احمد", "اسلام", "ال", "ابن"), SearchWords.words("أحمد إسلام آل ٱبن"), "alef with hamza, madda, wasla");
    }

    @Test
    void lettersOfScriptsWithoutSpacesAreWordsOfTheirOwn() {
        assertEquals(List.of("東", "京", "tokyo", "駅"), SearchWords.words("東京tokyo駅"));
    }

    @Test
    void punctuationAndSpacesSeparateWords() {
        assertEquals(List.of("nur", "sultan", "2022", "s"), SearchWords.words("Nur-Sultan, 2022's"));
        assertEquals(List.of(), SearchWords.words(" — «» "));
    }

    @Test
    void theCasesThatSearchJsMustAgreeWith() throws java.io.IOException {
        com.fasterxml.jackson.databind.JsonNode cases = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(getClass().getResourceAsStream("/search-words.json"));
        assertTrue(cases.size() >= 10);
        for (com.fasterxml.jackson.databind.JsonNode c : cases) {
            List<String> expected = new java.util.ArrayList<>();
            c.get("words").forEach(w -> expected.add(w.asText()));
            List<String> words = SearchWords.words(c.get("text").asText());
            assertEquals(expected, words, c.get("text").asText());
            for (int i = 0; i < words.size(); i++) assertEquals(c.get("shards64").get(i).asInt(), SearchWords.shard(words.get(i), 64), words.get(i));
        }
    }

    @Test
    void vowelSignsStayAndCompatibilityFormsArePlain() {
        assertEquals(List.of("किताब"), SearchWords.words("किताब"), "a Devanagari vowel sign is part of its word");
        assertEquals(List.of("final", "abc"), SearchWords.words("ﬁnal ＡＢＣ"));
    }

    @Test
    void aWordIsInTheShardOfItsFirstTwoLetters() {
        assertEquals(SearchWords.shard("gas", 64), SearchWords.shard("gasoline", 64));
        assertEquals(SearchWords.shard("ga", 64), SearchWords.shard("gas", 64));
        // The values search.js computes with the same FNV-1a hash: a change here must change it too.
        assertEquals(0x811c9dc5 & 1023, SearchWords.shard("", 1024));
        assertEquals(Integer.remainderUnsigned((0x811c9dc5 ^ 'a') * 0x01000193, 1024), SearchWords.shard("a", 1024));
    }
}
