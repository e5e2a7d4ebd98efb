package factcheck.serve;

import factcheck.render.RenderedSite;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the server shows right now: the site of the last good build and the problems of the
 * latest one, if it failed. A failed build never replaces the site; each published build bumps
 * the generation, which is how open pages learn that they are out of date.
 */
final class LiveSite {

    /** One immutable state; readers take it whole, so a page never mixes two builds. Before the first good build, {@code site} is null. */
    record State(RenderedSite site, List<String> errors, long generation) {
        boolean everBuilt() {
            return site != null;
        }
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(null, List.of(), 0));

    State current() {
        return state.get();
    }

    /** Takes in a build: its site when it succeeded, only its problems when it failed. */
    State publish(BuildResult result) {
        return state.updateAndGet(s -> result.ok()
                ? new State(result.site(), List.of(), s.generation() + 1)
                : new State(s.site(), result.errors(), s.generation() + 1));
    }

    /**
     * Adds problems found after {@code generation} was published (a page that failed to render
     * behind the one the browser asked for), if it is still the one shown, as a new generation so
     * that open pages reload and show them. Empty when a newer build was published meanwhile.
     */
    java.util.Optional<State> reportLate(long generation, List<String> errors) {
        State now = state.updateAndGet(s -> s.generation() != generation ? s : new State(s.site(), errors, s.generation() + 1));
        return now.generation() == generation + 1 && now.errors().equals(errors) ? java.util.Optional.of(now) : java.util.Optional.empty();
    }
}
