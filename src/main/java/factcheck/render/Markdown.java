package factcheck.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Markdown fields to safe HTML. Two layers, because content is untrusted: flexmark escapes raw
 * HTML as text, then jsoup's Safelist drops whatever is left that a reader's browser would run
 * (event handlers, {@code javascript:} and {@code data:} URLs, unknown elements).
 */
public final class Markdown {

    private final Parser parser;
    private final HtmlRenderer renderer;
    /** The same without the tables extension, for texts with no `|`: it builds a table parser (and compiles its patterns) for every text. */
    private final Parser plainParser;
    private final HtmlRenderer plainRenderer;
    private final DataHolder plainOptions;
    private final Safelist safelist;

    /** HTML by Markdown text, kept between renders when the renderer remembers pages. */
    private final factcheck.cache.Memo<String, String> memo;

    public Markdown() {
        this(false);
    }

    Markdown(boolean remember) {
        memo = remember ? factcheck.cache.Memo.keeping() : factcheck.cache.Memo.none();
        MutableDataSet plain = new MutableDataSet();
        plain.set(HtmlRenderer.ESCAPE_HTML, true);
        plain.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Written straight out rather than through flexmark's line formatter (indents, trailing
        // blanks), which gave the same HTML for every analysis of the 10,000-claim corpus and cost
        // a fifth of rendering them.
        plain.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
        plainOptions = plain.toImmutable();
        plainParser = Parser.builder(plain).build();
        plainRenderer = HtmlRenderer.builder(plain).build();
        MutableDataSet options = new MutableDataSet(plain);
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
        safelist = Safelist.relaxed()
                .removeTags("img") // no remote images: they would track readers and break offline
                .addAttributes("th", "align").addAttributes("td", "align")
                .addProtocols("a", "href", "http", "https", "mailto", "#")
                .preserveRelativeLinks(true);
    }

    /** HTML for a Markdown text; empty for null. */
    public String html(String markdown) {
        if (markdown == null || markdown.isBlank()) return "";
        return memo.get(markdown, this::convert);
    }

    /** Starts a render: texts the last one did not convert are forgotten. */
    void nextRender() {
        memo.nextBuild();
    }

    private String convert(String markdown) {
        // A table needs a `|`: without one the tables extension changes nothing but the time taken.
        if (markdown.indexOf('|') >= 0) return convertWithTables(markdown);
        com.vladsch.flexmark.util.ast.Document document = plainParser.parse(markdown);
        String prose = ProseHtml.of(document, plainOptions);
        return prose != null ? prose.strip() : safe(plainRenderer.render(document)); // prose has no URL: nothing for jsoup to clean
    }

    /** Tests: flexmark's own rendering of a text, without the tables extension or {@link ProseHtml}. */
    String convertWithFlexmark(String markdown) {
        return safe(plainRenderer.render(plainParser.parse(markdown)));
    }

    /** Tests: the conversion with the tables extension, whatever the text. */
    String convertWithTables(String markdown) {
        return safe(renderer.render(parser.parse(markdown)));
    }

    private String safe(String raw) {
        // flexmark has escaped every raw tag, so only the elements it makes itself remain; of those,
        // only links and images carry a URL that could be hostile. Without them there is nothing for
        // jsoup to clean (and cleaning ten thousand analyses is a tenth of a large build).
        if (!raw.contains("<a ") && !raw.contains("<img ")) return raw.strip();
        return Jsoup.clean(raw, "https://site.invalid/", safelist, new Document.OutputSettings().prettyPrint(false)).strip();
    }
}
