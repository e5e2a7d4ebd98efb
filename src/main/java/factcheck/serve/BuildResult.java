package factcheck.serve;

import java.util.List;
import java.util.Map;

/** The outcome of one in-memory build: every file of the site, or every problem that stopped it. */
record BuildResult(Map<String, byte[]> files, List<String> errors, long millis) {

    BuildResult {
        files = Map.copyOf(files);
        errors = List.copyOf(errors);
    }

    static BuildResult success(Map<String, byte[]> files, long millis) {
        return new BuildResult(files, List.of(), millis);
    }

    static BuildResult failure(List<String> errors, long millis) {
        return new BuildResult(Map.of(), errors, millis);
    }

    boolean ok() {
        return errors.isEmpty();
    }
}
