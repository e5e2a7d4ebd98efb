package factcheck.serve;

import factcheck.diag.Diagnostic;
import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.render.RenderException;
import factcheck.render.Renderer;
import factcheck.site.Build;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A full build of the project into memory: the same load, cite and render as {@link Build#write},
 * without the output folder, so {@code serve} never touches {@code site/}.
 */
final class MemoryBuild {

    private final Path root;

    MemoryBuild(Path root) {
        this.root = root;
    }

    /** Builds everything again; problems come back as lines {@code path:line:col: message}, never thrown. */
    BuildResult run() {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        try {
            Optional<CheckedProject> checked = new Build(root).check(diagnostics);
            if (checked.isEmpty()) return BuildResult.failure(lines(diagnostics), since(started));
            Map<String, byte[]> files = new HashMap<>();
            new Renderer(checked.get().project().theme().templates()).render(checked.get(), files::put);
            return BuildResult.success(files, since(started));
        } catch (RenderException e) {
            return BuildResult.failure(List.of("template failed: " + e.getMessage()), since(started));
        } catch (UncheckedIOException e) {
            return BuildResult.failure(List.of("cannot read the project: " + e.getMessage()), since(started));
        }
    }

    private static List<String> lines(Diagnostics diagnostics) {
        List<String> lines = new java.util.ArrayList<>(diagnostics.sorted().stream().map(Diagnostic::format).toList());
        int hidden = diagnostics.count() - lines.size();
        if (hidden > 0) lines.add("... and " + hidden + " more problems not shown");
        return lines;
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
