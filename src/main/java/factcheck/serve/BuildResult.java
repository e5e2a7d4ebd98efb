package factcheck.serve;

import factcheck.render.RenderedSite;
import java.util.List;

/**
 * The outcome of one in-memory build: the site, planned (its pages are made when asked for), or
 * every problem that stopped it.
 */
record BuildResult(RenderedSite site, List<String> errors) {

    BuildResult {
        errors = List.copyOf(errors);
    }

    static BuildResult success(RenderedSite site) {
        return new BuildResult(site, List.of());
    }

    static BuildResult failure(List<String> errors) {
        return new BuildResult(null, errors);
    }

    boolean ok() {
        return errors.isEmpty();
    }
}
