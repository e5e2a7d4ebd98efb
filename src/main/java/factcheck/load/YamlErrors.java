package factcheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import factcheck.diag.Diagnostic;
import factcheck.diag.Position;
import org.yaml.snakeyaml.error.Mark;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a YAML syntax failure into a diagnostic that points at the problem and says what to do. */
final class YamlErrors {

    private YamlErrors() {}

    /** A field whose value starts with a quote mark: {@code key: "...}. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^(\\s*(?:-\\s+)?[A-Za-z_][\\w-]*:\\s+)([\"'])(.*)$");

    static Diagnostic diagnostic(String path, int lineOffset, JsonProcessingException e) {
        return diagnostic(path, lineOffset, e, null);
    }

    /** The same, with the text that failed: a value quoted only in part gets the line as it should be. */
    static Diagnostic diagnostic(String path, int lineOffset, JsonProcessingException e, String text) {
        int line = 1;
        int column = 1;
        String problem = firstLine(e.getOriginalMessage());
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            line = mark.getLine() + 1;
            column = mark.getColumn() + 1;
            problem = marked.getProblem() != null ? marked.getProblem() : problem;
        } else if (e.getLocation() != null && e.getLocation() != JsonLocation.NA) {
            line = Math.max(1, e.getLocation().getLineNr());
            column = Math.max(1, e.getLocation().getColumnNr());
        }
        if (problem.startsWith("Document nesting depth")) {
            // Jackson's wording names its own API; say what it means for a record.
            problem = "nested more than " + YamlReader.MAX_DEPTH + " levels deep";
        }
        Position at = new Position(path, line + lineOffset, column);
        String fix = text == null ? null : quotedInPart(text, line);
        return Diagnostic.error(at, "invalid YAML: " + problem).hint(fix != null ? fix : hint(problem));
    }

    /**
     * When line {@code line} (1-based) is {@code key: "words" more words}, the most common slip
     * when a quote begins with a quotation: YAML took the quote marks as its own and the value as
     * ended. The hint gives the line with the whole value in single quotes.
     */
    static String quotedInPart(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        for (int i = Math.min(line, lines.length) - 1; i >= Math.max(0, line - 2); i--) { // the line, or the one before
            Matcher m = QUOTED_VALUE.matcher(lines[i]);
            if (!m.matches()) continue;
            String value = m.group(2) + m.group(3);
            int close = value.indexOf(value.charAt(0), 1);
            if (close < 0 || value.substring(close + 1).isBlank()) continue; // quoted whole, or not closed at all
            String fixed = m.group(1).strip() + " '" + value.strip().replace("'", "''") + "'";
            return "the value starts with a quote mark, so YAML ends it at the next one; wrap the whole value in single quotes"
                    + " (doubling any ' inside): `" + fixed + "`, or write it on the next line after `" + m.group(1).strip() + " |`";
        }
        return null;
    }

    private static String hint(String problem) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("nested more than")) return "records need only a few levels; look for brackets `[` or `{` that are never closed";
        if (p.contains("'\\t'") || p.contains("tab")) return "indent with spaces, not tabs";
        if (p.contains("alias") || p.contains("aliases")) return "write the value out instead of repeating an anchor so many times";
        if (p.contains("code point") || p.contains("exceed")) return "the file is too large; split it";
        if (p.contains("mapping values are not allowed")) return "a value containing ': ' must be quoted, e.g. title: \"A: B\"";
        if (p.contains("could not find expected ':'")) return "each line of a record is `key: value`; check the line above";
        return "check indentation and quoting on this line and the one before";
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable YAML";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
