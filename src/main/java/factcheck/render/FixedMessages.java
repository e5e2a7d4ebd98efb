package factcheck.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a template's messages that take no value ({@code <h2 th:text="#{claim.evidence}">...</h2>},
 * {@code th:aria-label="#{nav.label}"}) into the template's text before the engine parses it, as
 * the text and attribute Thymeleaf would write (FixedMessagesTest renders both ways): they are the
 * same on every page of a build, and resolving them on each of ten thousand pages was most of
 * what the interface text cost. Whatever the engine must do is left to it: a message with values
 * or one that counts, markup, an element with markup inside, a message holding Thymeleaf's
 * inline syntax ({@code [[...]]}, {@code [(...)]}), and anything inside a comment.
 */
final class FixedMessages {

    /** An attribute with its value in double quotes, single quotes or none. */
    private static final String ATTR = "\\s+[^\\s\"'<>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'<>=`]+))?";
    /** A comment, left as it is, or an element whose whole content is text ({@code <tag ...>text</tag>}), or a start tag. */
    private static final Pattern PIECE = Pattern.compile(
            "<!--.*?-->|<([A-Za-z][A-Za-z0-9:-]*)((?:" + ATTR + ")*)\\s*>([^<]*)</\\1>|<[A-Za-z][A-Za-z0-9:-]*((?:" + ATTR + ")*)\\s*/?>",
            Pattern.DOTALL);
    /** A message attribute: {@code th:text="#{key}"}, {@code th:aria-label="#{key}"}. */
    private static final Pattern MESSAGE_ATTR = Pattern.compile("\\s+th:(text|aria-label|title|alt|placeholder|data-[a-z-]+)=\"#\\{([A-Za-z0-9_.-]+)\\}\"");

    private final InterfaceText text;

    FixedMessages(InterfaceText text) {
        this.text = text;
    }

    String inline(String template) {
        if (template.indexOf("#{") < 0) return template;
        Matcher m = PIECE.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            if (m.group().startsWith("<!--")) {
                m.appendReplacement(out, Matcher.quoteReplacement(m.group()));
            } else if (m.group(1) != null) {
                m.appendReplacement(out, Matcher.quoteReplacement(element(m.group(1), m.group(2), m.group(3))));
            } else {
                String tag = m.group();
                String name = tag.substring(1).split("[\\s/>]", 2)[0];
                String rest = tag.substring(1 + name.length(), tag.length() - (tag.endsWith("/>") ? 2 : 1));
                String[] attrs = attributes(rest, false);
                m.appendReplacement(out, Matcher.quoteReplacement("<" + name + attrs[0] + (tag.endsWith("/>") ? "/>" : ">")));
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An element with text content: its message attributes written in, and its text when th:text is one. */
    private String element(String name, String attrs, String content) {
        String[] done = attributes(attrs, true);
        return "<" + name + done[0] + ">" + (done[1] != null ? done[1] : content) + "</" + name + ">";
    }

    /**
     * The attributes with each fixed message written in (a static attribute of the same name, the
     * template's placeholder, dropped, since Thymeleaf replaces it), and the escaped text of a fixed
     * {@code th:text} when {@code withText} (else th:text stays for the engine).
     */
    private String[] attributes(String attrs, boolean withText) {
        Matcher a = MESSAGE_ATTR.matcher(attrs);
        String result = attrs;
        String content = null;
        while (a.find()) {
            String name = a.group(1);
            String message = text.fixed(a.group(2));
            if (message == null || message.contains("[[") || message.contains("[(")) continue;
            if (name.equals("text")) {
                if (!withText) continue;
                content = SiteLocale.escape(message); // as th:text and the attribute processors escape (FixedMessagesTest holds it to that)
                result = result.replace(a.group(), "");
            } else {
                result = result.replaceAll("\\s+" + Pattern.quote(name) + "=(\"[^\"]*\"|'[^']*')", "")
                        .replace(a.group(), " " + name + "=\"" + SiteLocale.escape(message) + "\"");
            }
        }
        return new String[] {result, content};
    }
}
