package factcheck.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * The HTML of a parsed Markdown text that is prose alone: paragraphs, headings, lists, quotes,
 * emphasis and line breaks, the shape of nearly every analysis. Written here, not by flexmark's
 * renderer, because that renderer passes every character through its line formatter one at a
 * time: on the 10,000-claim corpus it was an eighth of a cold build's CPU time, for the simplest
 * HTML there is. The HTML is the one flexmark writes with the options {@link Markdown} gives it
 * (escaped text, {@code \n} soft breaks, no indentation), character for character: the decisions
 * that are Markdown's (what is a tight list item, how text unescapes, how it escapes) are
 * flexmark's own methods, and {@code ProseHtmlPropertiesTest} compares both on random texts.
 * Anything else (links, code, HTML, images, tables) is not prose: {@link #of} returns null, and
 * flexmark's renderer writes the text.
 */
final class ProseHtml {

    private final ListOptions lists;
    private final DataHolder options;
    private final String softBreak;
    private final String hardBreak;
    private final StringBuilder out = new StringBuilder();

    private ProseHtml(DataHolder options) {
        this.options = options;
        this.lists = ListOptions.get(options);
        this.softBreak = HtmlRenderer.SOFT_BREAK.get(options);
        this.hardBreak = HtmlRenderer.HARD_BREAK.get(options);
    }

    /** The HTML of {@code document}, parsed with {@code options}; null when it holds anything but prose. */
    static String of(Document document, DataHolder options) {
        ProseHtml html = new ProseHtml(options);
        return html.blocks(document) ? html.out.toString() : null;
    }

    private boolean blocks(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (!block(n)) return false;
        }
        return true;
    }

    private boolean block(Node node) {
        if (node instanceof Paragraph p) return paragraph(p);
        if (node instanceof Heading h) {
            String tag = "h" + h.getLevel();
            lineStart();
            out.append('<').append(tag).append('>');
            if (!inlines(h)) return false;
            out.append("</").append(tag).append(">\n");
            return true;
        }
        if (node instanceof BulletList) return container("<ul>", node, "</ul>");
        if (node instanceof OrderedList list) {
            int start = list.getStartNumber();
            return container(lists.isOrderedListManualStart() && start != 1 ? "<ol start=\"" + start + "\">" : "<ol>", node, "</ol>");
        }
        if (node instanceof BlockQuote) return container("<blockquote>", node, "</blockquote>");
        if (node instanceof ListItem item) {
            lineStart();
            out.append("<li>");
            out.append(Escaping.escapeHtml(item.getMarkerSuffix().unescape(), false));
            if (!blocks(item)) return false;
            out.append("</li>\n");
            return true;
        }
        return false;
    }

    private boolean container(String open, Node node, String close) {
        lineStart();
        out.append(open);
        if (!blocks(node)) return false;
        lineStart();
        out.append(close).append('\n');
        return true;
    }

    private boolean paragraph(Paragraph p) {
        if (p.getFirstChildAnyNot(NonRenderingInline.class) == null) return true; // flexmark writes nothing for it
        boolean wrapped = !(p.getParent() instanceof ParagraphItemContainer item) || !item.isParagraphWrappingDisabled(p, lists, options);
        if (!wrapped) return inlines(p); // a tight list item's text, without <p>
        lineStart();
        out.append("<p>");
        if (!inlines(p)) return false;
        out.append("</p>\n");
        return true;
    }

    private boolean inlines(Node parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) out.append(Escaping.escapeHtml(Escaping.normalizeEOL(n.getChars().unescape()), false));
            else if (n instanceof SoftLineBreak) out.append(softBreak);
            else if (n instanceof HardLineBreak) out.append(hardBreak);
            else if (n instanceof Emphasis) {
                out.append("<em>");
                if (!inlines(n)) return false;
                out.append("</em>");
            } else if (n instanceof StrongEmphasis) {
                out.append("<strong>");
                if (!inlines(n)) return false;
                out.append("</strong>");
            } else return false;
        }
        return true;
    }

    /** Block tags start a line of their own, as flexmark puts them. */
    private void lineStart() {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
    }
}
