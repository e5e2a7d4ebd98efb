package factcheck.serve;

import factcheck.diag.Diagnostics;
import factcheck.load.FileChanges;
import factcheck.model.Theme;
import factcheck.model.CheckedProject;
import factcheck.render.RenderException;
import factcheck.render.Renderer;
import factcheck.site.Build;
import factcheck.site.BuildCaches;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The project built into memory, again after every edit: {@link Build#check} loads and cites it
 * with the caches the build daemon uses (an unchanged file is not parsed again, an unchanged
 * quote not searched again), then the renderer plans the site without rendering it. Pages are
 * made when asked for, by the browser or by the pass behind it; a page whose inputs did not
 * change keeps the bytes of the last render. {@code serve} thus never touches {@code site/}.
 */
final class MemoryBuild {

    private final Path root;
    private final BuildCaches caches = BuildCaches.keeping();
    /** Kept between builds while the templates stay the same, so an edit re-renders only the pages it touches. */
    private Renderer renderer;

    MemoryBuild(Path root) {
        this.root = root;
    }

    /**
     * Loads, cites and plans the site again, looking again only at the files {@code changes} names
     * when it knows them; problems come back as lines {@code path:line:col: message}, never thrown.
     */
    BuildResult run(FileChanges changes) {
        Diagnostics diagnostics = new Diagnostics();
        try {
            Optional<CheckedProject> checked = new Build(root, caches).check(diagnostics, changes);
            if (checked.isEmpty()) return BuildResult.failure(diagnostics.lines());
            return BuildResult.success(renderer(checked.get().project().theme()).plan(checked.get()));
        } catch (RenderException e) {
            return BuildResult.failure(List.of("template failed: " + e.getMessage()));
        } catch (UncheckedIOException e) {
            return BuildResult.failure(List.of("cannot read the project: " + e.getMessage()));
        }
    }

    /** The renderer of the previous build, for these templates: it keeps the pages that no changed template makes. */
    private Renderer renderer(Theme templates) {
        renderer = renderer == null ? Renderer.remembering(templates) : renderer.with(templates);
        return renderer;
    }

    /** How many pages went through the template engine since the last build was planned (the others were unchanged). */
    int pagesRendered() {
        return renderer == null ? 0 : renderer.pagesProcessed();
    }
}
