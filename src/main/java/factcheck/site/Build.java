package factcheck.site;

import factcheck.cite.Citer;
import factcheck.diag.Diagnostics;
import factcheck.load.FileChanges;
import factcheck.load.ProjectLoader;
import factcheck.model.CheckedProject;
import factcheck.model.Project;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A build of one project root: load, cite, then (for {@link #write}) render and swap the output in. */
public final class Build {

    private final Path root;
    private final Timings timings = new Timings();
    private final Map<Path, BuildStamp> stamps = new HashMap<>();
    private long inPlaceBudget = OutputDir.IN_PLACE_BUDGET;
    private final BuildCaches caches;
    private boolean full;
    private int pagesRendered;

    public Build(Path root) {
        this(root, BuildCaches.none());
    }

    /** A build that reuses and refreshes what {@code caches} kept from earlier builds of this root. */
    public Build(Path root, BuildCaches caches) {
        this.caches = caches;
        this.root = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(this.root)) throw new UsageException("project root " + root + " is not a folder");
        if (!Files.isDirectory(this.root.resolve("content"))) {
            throw new UsageException("no content/ folder in " + this.root + ": run the command in a project, or pass --root DIR");
        }
    }

    /** Loads and checks everything, writing nothing. Empty when there were problems (they are in {@code diagnostics}). */
    public Optional<CheckedProject> check(Diagnostics diagnostics) {
        // What changed since the last load with these caches, from the input listings (the daemon).
        return check(diagnostics, full ? FileChanges.unknown() : caches.inputChangesSinceLastLoad(root));
    }

    /**
     * The same, told what changed since the last check with these caches (by {@code serve}'s file
     * watcher): the files it does not name are taken to be as that check found them.
     */
    public Optional<CheckedProject> check(Diagnostics diagnostics, FileChanges changes) {
        BuildCaches kept = full ? BuildCaches.none() : caches;
        kept.startBuild();
        try {
            Optional<Project> loaded = timings.time("load", () -> new ProjectLoader(root, kept.load, changes).loadWhatParses(diagnostics));
            boolean loadedClean = !diagnostics.hasErrors();
            // The quotes of what loaded are checked even when something else did not: every error in one run.
            Optional<CheckedProject> checked = loaded.flatMap(p -> timings.time("cite", () -> new Citer(kept.cite).cite(p, diagnostics)));
            return loadedClean ? checked : Optional.empty();
        } catch (RuntimeException | Error e) {
            kept.clear(); // stopped half-way: what it kept may lag behind the changes it was told of
            throw e;
        }
    }

    /** How many pages the last {@link #write} put through the template engine (the others had not changed). */
    public int pagesRendered() {
        return pagesRendered;
    }

    /**
     * Builds everything anew ({@code build --force}): the caches forget what they kept and this
     * build uses none, so a full build holds no more memory in the daemon than in a process of its own.
     */
    public Build full() {
        caches.clear();
        this.full = true;
        return this;
    }

    /** Tests: how many changed bytes may be held for an update in place (0: always a fresh folder). */
    Build inPlaceBudget(long bytes) {
        this.inPlaceBudget = bytes;
        return this;
    }

    /** How long each phase of this build's runs took so far. */
    public Timings timings() {
        return timings;
    }

    /**
     * Checks, renders and writes the site into {@code out}; the previous output stays exactly as it
     * was unless every step succeeded. Returns the number of files written, or empty on content problems.
     */
    public Optional<Integer> write(Path out, Diagnostics diagnostics) {
        OutputDir output = OutputDir.forBuild(root, out, inPlaceBudget);
        Path folder = out.toAbsolutePath().normalize();
        stamp(folder).listAhead();
        Optional<CheckedProject> checked = check(diagnostics); // load, then cite
        if (checked.isEmpty()) return Optional.empty();
        Listing before = outputAsItIs(folder);
        BuildCaches.Prepared prepared = caches.prepare(checked.get().project().theme(), folder, before, full);
        OutputDir.Written written = output.replaceWith( // render, then write
                sink -> timings.time("render and write", () -> prepared.renderer().render(checked.get().published(), sink)), prepared.outputHolds(), timings);
        remember(folder, before, written);
        pagesRendered = prepared.renderer().pagesProcessed();
        timings.record("search index (CPU, while rendering)", prepared.renderer().searchIndexMillis());
        return Optional.of(written.paths().size());
    }

    /**
     * The output folder's listing as it is now: listed already when this build compared itself
     * with the last one, or while it loaded. It tells what to delete, and what the output holds
     * once the files written are looked at again.
     */
    private Listing outputAsItIs(Path folder) {
        Listing listed = stamp(folder).outputListing();
        if (listed != null || !caches.keeps()) return listed;
        return timings.time("list the output", () -> Optional.ofNullable(caches.outputAsNow(folder)).orElseGet(() -> Listing.of(folder)));
    }

    /** Records this build for the next: the stamp that lets a build with nothing changed stop at once, and what the output now holds. */
    private void remember(Path folder, Listing before, OutputDir.Written written) {
        Listing after = before != null && written.inPlace() ? before.updated(folder, written.rewritten(), written.deleted()) : null;
        timings.time("record", () -> stamp(folder).record(after));
        caches.built(folder, stamp(folder).outputListing(), written.paths());
    }

    /**
     * True when no input, no file of the generator and no file of {@code out} changed since the
     * last successful build into {@code out}: building again would write the same bytes.
     */
    public boolean upToDate(Path out) {
        Path valid = OutputChecks.validate(root, out);
        Path folder = valid.toAbsolutePath().normalize();
        boolean unchanged = timings.time("compare with the last build",
                () -> stamp(valid).unchanged(() -> Optional.ofNullable(caches.outputAsNow(folder)).orElseGet(() -> Listing.of(folder))));
        // A daemon's first look at a folder a build left as it is: remember what it holds, so the
        // next look checks each entry instead of walking ten thousand folders again.
        Listing seen = stamp(valid).outputListing();
        if (unchanged && seen != null) caches.foundUnchanged(folder, seen);
        return unchanged;
    }

    /** One stamp per output folder and build, so the inputs listed by {@link #upToDate} serve {@link #write} too. */
    private BuildStamp stamp(Path out) {
        return stamps.computeIfAbsent(out.toAbsolutePath().normalize(), o -> BuildStamp.ofThisGenerator(root, o).listingInputsWith(caches::inputAsNow));
    }
}
