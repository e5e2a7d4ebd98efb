package factcheck.site;

import factcheck.cite.Citer;
import factcheck.diag.Diagnostics;
import factcheck.load.ProjectLoader;
import factcheck.model.CheckedProject;
import factcheck.render.Renderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A build of one project root: load, cite, then (for {@link #write}) render and swap the output in. */
public final class Build {

    private final Path root;

    public Build(Path root) {
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) throw new UsageException("project root " + root + " is not a folder");
        if (!Files.isDirectory(this.root.resolve("content"))) {
            throw new UsageException("no content/ folder in " + this.root + ": run the command in a project, or pass --root DIR");
        }
    }

    /** Loads and checks everything, writing nothing. Empty when there were problems (they are in {@code diagnostics}). */
    public Optional<CheckedProject> check(Diagnostics diagnostics) {
        return new ProjectLoader(root).load(diagnostics).flatMap(p -> new Citer().cite(p, diagnostics));
    }

    /**
     * Checks, renders and writes the site into {@code out}; the previous output stays exactly as it
     * was unless every step succeeded. Returns the number of files written, or empty on content problems.
     */
    public Optional<Integer> write(Path out, Diagnostics diagnostics) {
        OutputDir output = OutputDir.forBuild(root, out);
        Optional<CheckedProject> checked = check(diagnostics);
        if (checked.isEmpty()) return Optional.empty();
        Renderer renderer = new Renderer(checked.get().project().theme().templates());
        return Optional.of(output.replaceWith(sink -> renderer.render(checked.get(), sink)));
    }
}
