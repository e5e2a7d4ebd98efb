package factcheck.serve;

import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.render.RenderException;
import factcheck.render.Renderer;
import factcheck.site.Build;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A full build of the project into memory: {@link Build#renderTo}, the same load, cite and render as
 * {@link Build#write} without the output folder, so {@code serve} never touches {@code site/}.
 */
final class MemoryBuild {

    private final Path root;
    /** Kept between builds while the templates stay the same, so an edit re-renders only the pages it touches. */
    private Renderer renderer;

    MemoryBuild(Path root) {
        this.root = root;
    }

    /** Builds everything again; problems come back as lines {@code path:line:col: message}, never thrown. */
    BuildResult run() {
        long started = System.nanoTime();
        Diagnostics diagnostics = new Diagnostics();
        try {
            Map<String, byte[]> files = new ConcurrentHashMap<>(); // pages are rendered in parallel
            Optional<CheckedProject> checked = new Build(root).renderTo(files::put, diagnostics, this::renderer);
            if (checked.isEmpty()) return BuildResult.failure(diagnostics.lines(), since(started));
            return BuildResult.success(files, since(started));
        } catch (RenderException e) {
            return BuildResult.failure(List.of("template failed: " + e.getMessage()), since(started));
        } catch (UncheckedIOException e) {
            return BuildResult.failure(List.of("cannot read the project: " + e.getMessage()), since(started));
        }
    }

    /** The renderer of the previous build when the templates are unchanged; a new one otherwise. */
    private Renderer renderer(Map<String, String> templates) {
        if (renderer == null || !renderer.templates().equals(templates)) renderer = Renderer.remembering(templates);
        return renderer;
    }

    /** How many pages the last build sent through the template engine (the others were unchanged). */
    int pagesRendered() {
        return renderer == null ? 0 : renderer.pagesProcessed();
    }

    private static long since(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
