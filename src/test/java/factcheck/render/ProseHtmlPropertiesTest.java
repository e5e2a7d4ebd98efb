package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.junit.jupiter.api.Test;

/** Prose converts to the very HTML flexmark's renderer writes for it; anything else is left to flexmark. */
class ProseHtmlPropertiesTest {

    private static final AtomicInteger PROSE = new AtomicInteger();
    private final Markdown markdown = new Markdown();

    /** Any Markdown but tables: prose, and what is not (links, code, HTML, entities, rules, indented code). */
    @Provide
    Arbitrary<String> markdownWithoutPipes() {
        return texts(Arbitraries.of("word", "Two words", "ü", "#", "## ", "*", "**", "_", "__", "`", "- ", "* ", "+ ", "1. ", "3) ",
                "> ", "[a](https://example.org)", "<b>", "&amp;", "&copy;", "&", "\"", "'", "<", "\\", "\\*", "---", ":", "  ", "    ",
                "\t", "\n", "\n\n", "  \n", "\r\n", "\n- ", "\n  - ", "\n1. ", "\n> ", "\n    ", "-", "=", "\u00a0"));
    }

    /** What analyses are made of: words, emphasis, paragraphs, lists, quotes, headings, breaks. */
    @Provide
    Arbitrary<String> prose() {
        return texts(Arbitraries.of("word", "Two words", "ü", "# ", "## ", "*", "**", "_", "__", "- ", "2. ", "> ", "&", "\"", "'",
                "\\*", ".", " ", "\n", "\n\n", "  \n", "\n- ", "\n  - ", "\n   ", "\n1. ", "\n> ", "\u00a0"));
    }

    private static Arbitrary<String> texts(Arbitrary<String> token) {
        return token.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 2000)
    void anyTextConvertsAsFlexmarkConvertsIt(@ForAll("markdownWithoutPipes") String text) {
        assertSameAsFlexmark(text);
    }

    @Property(tries = 2000)
    void proseIsWhatFlexmarkWrites(@ForAll("prose") String text) {
        assertSameAsFlexmark(text);
    }

    private void assertSameAsFlexmark(String text) {
        if (text.isBlank()) return;
        String prose = ProseHtml.of(parser().parse(text), options());
        if (prose != null) {
            PROSE.incrementAndGet();
            assertEquals(renderer().render(parser().parse(text)), prose, text);
        }
        assertEquals(markdown.convertWithFlexmark(text), markdown.html(text), text);
    }

    @AfterContainer
    static void mostProseTakesTheShortWay() {
        assertTrue(PROSE.get() > 1500, "only " + PROSE.get() + " of 4000 random texts were prose: the comparison compared little");
    }

    @Test
    void anAnalysisOfParagraphsAndAListIsProseAndALinkIsNot() {
        assertEquals("<p>One <em>two</em>.</p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n",
                ProseHtml.of(parser().parse("One *two*.\n\n- a\n- b\n"), options()));
        assertEquals(null, ProseHtml.of(parser().parse("See [this](https://example.org)."), options()));
    }

    private static MutableDataSet options() {
        MutableDataSet plain = new MutableDataSet();
        plain.set(HtmlRenderer.ESCAPE_HTML, true);
        plain.set(HtmlRenderer.SOFT_BREAK, "\n");
        plain.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        return plain;
    }

    private static Parser parser() {
        return Parser.builder(options()).build();
    }

    private static HtmlRenderer renderer() {
        return HtmlRenderer.builder(options()).build();
    }
}
