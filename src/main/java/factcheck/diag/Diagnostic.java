package factcheck.diag;

/**
 * One content problem: where it is, what is wrong and, when we know, how to fix it.
 * Printed as {@code path:line:column: message} followed by the hint on its own line.
 */
public record Diagnostic(Position at, String message, String hint) {

    public Diagnostic {
        if (at == null || message == null) throw new IllegalArgumentException("position and message are required");
    }

    public static Diagnostic error(Position at, String message) {
        return new Diagnostic(at, message, null);
    }

    /** The same problem with a hint on how to fix it. */
    public Diagnostic hint(String fix) {
        return new Diagnostic(at, message, fix);
    }

    /** The form users read: {@code content/claims/x.yaml:12:5: message}, then an indented hint. */
    public String format() {
        return hint == null ? at + ": " + message : at + ": " + message + "\n    hint: " + hint;
    }
}
