package factcheck.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.unbescape.html.HtmlEscape;
import org.unbescape.html.HtmlEscapeLevel;
import org.unbescape.html.HtmlEscapeType;

/**
 * Writes a template's messages that take no value ({@code <h2 th:text="#{claim.evidence}">...</h2>},
 * {@code th:aria-label="#{nav.label}"}) into the template's text before the engine parses it, as
 * the very text and attribute Thymeleaf would write: they are the same on every page of a build,
 * and resolving them on each of ten thousand pages was most of what the interface text cost
 * (a tenth of a cold 10,000-claim build's rendering, measured). Anything else (a message with
 * values, an element with markup inside) is left to the engine.
 */
final class FixedMessages {

    /** An element whose whole content is text, with its content from a message: {@code <tag ... th:text="#{key}" ...>text</tag>}. */
    private static final Pattern TEXT = Pattern.compile(
            "<([A-Za-z][A-Za-z0-9:-]*)([^<>\"]*(?:\"[^\"<>]*\"[^<>\"]*)*?)\\s+th:text=\"#\\{([A-Za-z0-9_.-]+)\\}\"([^<>\"]*(?:\"[^\"<>]*\"[^<>\"]*)*)>([^<]*)</\\1>");
    /** An attribute from a message: {@code th:aria-label="#{key}"}. */
    private static final Pattern ATTRIBUTE = Pattern.compile("\\sth:(aria-label|title|alt|placeholder|data-[a-z-]+)=\"#\\{([A-Za-z0-9_.-]+)\\}\"");

    private final InterfaceText text;

    FixedMessages(InterfaceText text) {
        this.text = text;
    }

    String inline(String template) {
        if (template.indexOf("#{") < 0) return template;
        Matcher m = TEXT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String message = text.fixed(m.group(3));
            String replacement = message == null ? m.group()
                    : "<" + m.group(1) + m.group(2) + m.group(4) + ">" + escape(message, HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT) + "</" + m.group(1) + ">";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        Matcher a = ATTRIBUTE.matcher(out);
        StringBuilder done = new StringBuilder();
        while (a.find()) {
            String message = text.fixed(a.group(2));
            String replacement = message == null ? a.group() : " " + a.group(1) + "=\"" + escape(message, HtmlEscapeLevel.LEVEL_1_ONLY_MARKUP_SIGNIFICANT) + "\"";
            a.appendReplacement(done, Matcher.quoteReplacement(replacement));
        }
        a.appendTail(done);
        return done.toString();
    }

    /** As th:text and Thymeleaf's attribute processors escape (FixedMessagesTest holds them to it). */
    private static String escape(String s, HtmlEscapeLevel level) {
        return HtmlEscape.escapeHtml(s, HtmlEscapeType.HTML4_NAMED_REFERENCES_DEFAULT_TO_DECIMAL, level);
    }
}
