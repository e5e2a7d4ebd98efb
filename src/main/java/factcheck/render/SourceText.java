package factcheck.render;

import factcheck.model.Passage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.unbescape.html.HtmlEscape;

/**
 * A source article as HTML: paragraphs (split at blank lines) kept, every cited passage marked
 * with {@code <mark class="stance-...">} (so that a passage that contradicts its claim looks unlike
 * one that supports it), an anchor where it begins and, where it ends, a numbered link to the
 * citing claim. Passages may overlap or span paragraphs; text is escaped, never interpreted.
 */
final class SourceText {

    /** A passage to mark: where it is, how it bears on its claim (a stance's word), the fragment id at its start, and the link at its end. */
    record Mark(Passage passage, String stance, String anchorId, int number, String href, String label) {}

    private SourceText() {}

    static String html(String text, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt((Mark m) -> m.passage().start()).thenComparingInt(Mark::number));
        StringBuilder out = new StringBuilder(text.length() * 2);
        for (int[] p : paragraphs(text)) paragraph(text, p[0], p[1], sorted, out);
        return out.toString();
    }

    private static void paragraph(String text, int from, int to, List<Mark> marks, StringBuilder out) {
        // Cut points: the paragraph's ends and every passage boundary inside it.
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(from, to));
        for (Mark m : marks) {
            if (m.passage().start() > from && m.passage().start() < to) cuts.add(m.passage().start());
            if (m.passage().end() > from && m.passage().end() < to) cuts.add(m.passage().end());
        }
        out.append("<p>");
        Integer a = cuts.first();
        for (Integer b : cuts.tailSet(a, false)) {
            for (Mark m : marks) if (m.passage().start() == a) {
                out.append("<span class=\"passage-start\" id=\"").append(m.anchorId()).append("\"></span>");
            }
            // A stretch cited by several passages carries each of their stances (sorted: the same bytes every build).
            java.util.TreeSet<String> stances = new java.util.TreeSet<>();
            for (Mark m : marks) if (m.passage().start() <= a && m.passage().end() >= b) stances.add("stance-" + m.stance());
            if (!stances.isEmpty()) out.append("<mark class=\"").append(String.join(" ", stances)).append("\">");
            escape(text.substring(a, b), out);
            if (!stances.isEmpty()) out.append("</mark>");
            for (Mark m : marks) if (m.passage().end() == b) {
                out.append("<a class=\"cited-by\" href=\"").append(escaped(m.href())).append("\" aria-label=\"")
                        .append(escaped(m.label())).append("\">[").append(m.number()).append("]</a>");
            }
            a = b;
        }
        out.append("</p>\n");
    }

    private static void escape(String s, StringBuilder out) {
        String[] lines = s.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) out.append("<br>\n");
            out.append(escaped(lines[i]));
        }
    }

    /**
     * Escaped as the templates escape text (unbescape, under Thymeleaf): the five characters that
     * mean something in HTML, nothing else. jsoup's escaper, used before, weighs every character
     * against the output charset: 3% of a 10,000-claim build, for ten megabytes of articles.
     */
    private static String escaped(String s) {
        return HtmlEscape.escapeHtml4Xml(s);
    }

    private static final java.util.regex.Pattern BLANK_LINES = java.util.regex.Pattern.compile("\n[ \t\u00A0]*\n\\s*");

    /** [start, end) of each paragraph: text separated by blank lines, without surrounding whitespace. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        java.util.regex.Matcher m = BLANK_LINES.matcher(text);
        int from = 0;
        while (from < text.length()) {
            int stop = m.find(from) ? m.start() : text.length();
            int next = stop == text.length() ? stop : m.end();
            int a = from;
            int b = stop;
            while (a < b && Character.isWhitespace(text.charAt(a))) a++;
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) b--;
            if (a < b) out.add(new int[] {a, b});
            from = next;
        }
        return out;
    }
}
