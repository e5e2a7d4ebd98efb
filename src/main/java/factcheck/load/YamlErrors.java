package factcheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import factcheck.diag.Diagnostic;
import factcheck.diag.Position;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns a YAML syntax failure into a diagnostic that points at the problem and says what to do. */
final class YamlErrors {

    private YamlErrors() {}

    static Diagnostic diagnostic(String path, int lineOffset, JsonProcessingException e) {
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
        return Diagnostic.error(at, "invalid YAML: " + problem).hint(hint(problem));
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
