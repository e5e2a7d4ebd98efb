package factcheck.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Collects every problem of a run so the user learns all of them at once. Capped, so a
 * pathological project (a million bad quotes) cannot exhaust memory with messages: past
 * {@link #CAP}, the problems that come first in file order are kept, whatever order the
 * (parallel) loading found them in, so the same project always reports the same list.
 */
public final class Diagnostics {

    /** How many problems are kept and shown; the rest are counted. */
    public static final int CAP = 500;

    /** File order: path, line, column, then the text, so that ties are settled the same way every run. */
    private static final Comparator<Diagnostic> FILE_ORDER = Comparator
            .comparing((Diagnostic d) -> d.at().path())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::message)
            .thenComparing(d -> d.hint() == null ? "" : d.hint());

    /** The kept problems, the last in file order at the head, so it is the one dropped when a smaller one comes. */
    private final PriorityQueue<Diagnostic> kept = new PriorityQueue<>(FILE_ORDER.reversed());
    private int dropped;

    public synchronized void add(Diagnostic diagnostic) {
        kept.add(diagnostic);
        if (kept.size() > CAP) {
            kept.poll();
            dropped++;
        }
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

    /** The kept problems in file order (path, line, column). */
    public synchronized List<Diagnostic> sorted() {
        List<Diagnostic> copy = new ArrayList<>(kept);
        copy.sort(FILE_ORDER);
        return copy;
    }

    /** Every kept problem formatted in file order, then a line for those left out, if any. */
    public synchronized List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (Diagnostic d : sorted()) lines.add(d.format());
        if (dropped > 0) lines.add("... and " + dropped + " more problems not shown (fix these and run again)");
        return lines;
    }

    /** {@link #lines()} and a closing count, one per line: what the commands print. */
    public synchronized String report() {
        StringBuilder out = new StringBuilder();
        for (String line : lines()) out.append(line).append('\n');
        int n = count();
        out.append(n).append(n == 1 ? " problem found" : " problems found").append('\n');
        return out.toString();
    }
}
