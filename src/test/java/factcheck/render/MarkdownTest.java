package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersEmphasisLinksAndLists() {
        String html = markdown.html("Some **bold** and a [link](https://example.org).\n\n- one\n- two");
        assertTrue(html.contains("<strong>bold</strong>"), html);
        assertTrue(html.contains("<a href=\"https://example.org\">link</a>"), html);
        assertTrue(html.contains("<li>one</li>"), html);
    }

    @Test
    void rawHtmlAndScriptsNeverPassThrough() {
        String html = markdown.html("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<div onclick=\"x()\">y</div>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<div"), html);
        assertTrue(html.contains("&lt;script&gt;"), "escaped as text: " + html);
    }

    @Test
    void javascriptAndDataUrlsNeverBecomeLinks() {
        for (String url : new String[] {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x"}) {
            String html = markdown.html("[click](" + url + ") and <" + url + ">");
            assertFalse(html.toLowerCase().contains("href=\"" + url.toLowerCase().substring(0, 5)), html);
        }
    }

    @Test
    void relativeAndFragmentLinksAreKept() {
        assertTrue(markdown.html("[m](../methodology/index.html)").contains("href=\"../methodology/index.html\""));
        assertTrue(markdown.html("[s](#sec)").contains("href=\"#sec\""));
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertEquals("", markdown.html(null));
        assertEquals("", markdown.html("  \n"));
    }
}
