package factcheck.site;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** How long each phase of a build took, in the order they ran: what `build --timings` prints. */
public final class Timings {

    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** Runs {@code phase} and records its wall time under {@code name}. */
    <T> T time(String name, Supplier<T> phase) {
        long started = System.nanoTime();
        try {
            return phase.get();
        } finally {
            millis.merge(name, (System.nanoTime() - started) / 1_000_000, Long::sum);
        }
    }

    void time(String name, Runnable phase) {
        time(name, () -> {
            phase.run();
            return null;
        });
    }

    /** Records {@code ms} under {@code name}: a part of a phase, timed where it ran. */
    void record(String name, long ms) {
        millis.merge(name, ms, Long::sum);
    }

    /** One line: {@code load 812 ms, cite 95 ms, ...}. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        millis.forEach((name, ms) -> out.append(out.length() == 0 ? "" : ", ").append(name).append(' ').append(ms).append(" ms"));
        return out.toString();
    }
}
