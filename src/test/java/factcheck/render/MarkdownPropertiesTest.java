package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A text with no `|` converts as it would with the tables extension, which it skips. */
class MarkdownPropertiesTest {

    private final Markdown markdown = new Markdown();

    @Provide
    Arbitrary<String> markdownWithoutPipes() {
        Arbitrary<String> token = Arbitraries.of("word", "Two words", "#", "## ", "*", "**", "_", "`", "```", "- ", "+ ", "1. ", "> ",
                "[a](https://example.org)", "<b>", "&amp;", "\\", "---", ":", "    ", "\t", "\n", "\n\n", "  \n");
        return token.list().ofMaxSize(40).map(parts -> String.join("", parts));
    }

    @Property(tries = 500)
    void theTablesExtensionChangesNothingWithoutAPipe(@ForAll("markdownWithoutPipes") String text) {
        if (text.isBlank()) return; // html() gives "" without converting
        assertEquals(markdown.convertWithTables(text), markdown.html(text), text);
    }
}
