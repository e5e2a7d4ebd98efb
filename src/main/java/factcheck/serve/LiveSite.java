package factcheck.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the server shows right now: the files of the last good build and the problems of the
 * latest one, if it failed. A failed build never replaces the files; each published build bumps
 * the generation, which is how open pages learn that they are out of date.
 */
final class LiveSite {

    /** One immutable state; readers take it whole, so a page never mixes two builds. */
    record State(Map<String, byte[]> files, List<String> errors, long generation, boolean everBuilt) {}

    private final AtomicReference<State> state = new AtomicReference<>(new State(Map.of(), List.of(), 0, false));

    State current() {
        return state.get();
    }

    /** Takes in a build: its files when it succeeded, only its problems when it failed. */
    State publish(BuildResult result) {
        return state.updateAndGet(s -> result.ok()
                ? new State(result.files(), List.of(), s.generation() + 1, true)
                : new State(s.files(), result.errors(), s.generation() + 1, s.everBuilt()));
    }
}
