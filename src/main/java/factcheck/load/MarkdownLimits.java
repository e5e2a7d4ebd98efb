package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;

/**
 * Bounds how deeply a Markdown field may nest block containers (quotes and lists). The Markdown
 * parser recurses once per level, so a hostile field of thousands of {@code >} would exhaust
 * the stack at render time; no real text nests more than a handful of levels.
 */
final class MarkdownLimits {

    static final int MAX_DEPTH = 32;

    private MarkdownLimits() {}

    /** Reports (at {@code at}, the field's place) a line that nests deeper than {@link #MAX_DEPTH}; returns whether the text is fine. */
    static boolean check(String markdown, Position at, String field, Diagnostics diagnostics) {
        if (markdown == null) return true;
        int lineNumber = 0;
        for (String line : markdown.split("\n", -1)) {
            lineNumber++;
            if (depth(line) > MAX_DEPTH) {
                diagnostics.error(at, "`" + field + "` nests quotes or lists more than " + MAX_DEPTH + " levels deep (its line " + lineNumber + ")",
                        "flatten the quotes (`>`) or lists (`-`) on that line");
                return false;
            }
        }
        return true;
    }

    /** How many quote or list markers open the line: {@code > > - x} is 3. */
    private static int depth(String line) {
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '>') depth++;
            else if ((c == '-' || c == '*' || c == '+') && i + 1 < line.length() && line.charAt(i + 1) == ' ') depth++;
            else if (c != ' ' && c != '\t') break;
        }
        return depth;
    }
}
