package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.model.Passage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static SourceText.Mark mark(String text, String quote, String id, int n) {
        int start = text.indexOf(quote);
        return new SourceText.Mark(new Passage("s", start, start + quote.length(), 1), "supports", id, n, "x.html#" + id, "label " + n);
    }

    @Test
    void paragraphsAreSplitAtBlankLinesAndLineBreaksKept() {
        String html = SourceText.html("Title\n\nOne\ntwo.\n\n\n  Three.\n", List.of());
        assertEquals("<p>Title</p>\n<p>One<br>\ntwo.</p>\n<p>Three.</p>\n", html);
    }

    @Test
    void textIsEscapedNeverInterpreted() {
        String html = SourceText.html("<script>alert(1)</script> & <img onerror=x>", List.of());
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;"));
    }

    @Test
    void overlappingPassagesAreEachAnchoredAndMarked() {
        String text = "Alpha beta gamma delta epsilon.";
        String html = SourceText.html(text, List.of(mark(text, "beta gamma", "a", 1), mark(text, "gamma delta", "b", 2)));
        Document doc = Jsoup.parseBodyFragment(html);
        assertTrue(doc.getElementById("a") != null && doc.getElementById("b") != null);
        // Three segments: covered by the first, by both, by the second; nothing outside is marked.
        assertEquals(List.of("beta", "gamma", "delta"), doc.select("mark").eachText());
        assertEquals(List.of("[1]", "[2]"), doc.select("a.cited-by").eachText());
    }

    @Test
    void aPassageMaySpanParagraphs() {
        String text = "First para ends here.\n\nSecond para starts here.";
        String html = SourceText.html(text, List.of(mark(text, "ends here.\n\nSecond para", "x", 1)));
        Document doc = Jsoup.parseBodyFragment(html);
        assertEquals(2, doc.select("p").size());
        assertEquals(List.of("ends here.", "Second para"), doc.select("mark").eachText());
        assertEquals(1, doc.select("a.cited-by").size());
    }
}
