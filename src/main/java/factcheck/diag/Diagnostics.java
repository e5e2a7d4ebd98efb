package factcheck.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of a run so the user learns all of them at once. Capped, so a
 * pathological project (a million bad quotes) cannot exhaust memory with messages.
 */
public final class Diagnostics {

    /** Past this many, further problems are counted but not kept. */
    public static final int CAP = 500;

    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;

    public synchronized void add(Diagnostic diagnostic) {
        if (kept.size() < CAP) kept.add(diagnostic);
        else dropped++;
    }

    public void error(Position at, String message) {
        add(Diagnostic.error(at, message));
    }

    public void error(Position at, String message, String hint) {
        add(Diagnostic.error(at, message).hint(hint));
    }

    public synchronized boolean hasErrors() {
        return !kept.isEmpty();
    }

    public synchronized int count() {
        return kept.size() + dropped;
    }

    /** The problems in file order (path, line, column), so output is stable across runs. */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(kept);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.at().path())
                .thenComparingInt(d -> d.at().line())
                .thenComparingInt(d -> d.at().column())
                .thenComparing(Diagnostic::message));
        return copy;
    }

    /** Every problem, one per line, and a closing count. */
    public synchronized String report() {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : sorted()) out.append(d.format()).append('\n');
        if (dropped > 0) out.append("... and ").append(dropped).append(" more problems not shown\n");
        int n = count();
        out.append(n).append(n == 1 ? " problem found" : " problems found").append('\n');
        return out.toString();
    }
}
