package factcheck.serve;

import factcheck.load.FileChanges;
import factcheck.render.FileSink;
import factcheck.render.RenderException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * {@code factcheck serve}: builds the project into memory, serves it, and rebuilds after every
 * burst of edits to {@code content/}, {@code seeds/} or {@code templates/}, telling open pages to
 * reload. A failed rebuild keeps the last good site and shows its problems over every page.
 * Nothing is written to disk.
 */
public final class DevServer implements AutoCloseable {

    /** The folders whose edits change the site. */
    static final List<String> WATCHED = List.of("content", "seeds", "templates");

    private final MemoryBuild build;
    private final PrintWriter out;
    private final PrintWriter err;
    private final LiveSite site = new LiveSite();
    private final ReloadChannel reload = new ReloadChannel(() -> site.current().generation());
    private final SiteServer server = new SiteServer(site, reload);
    private final Path root;
    private final Duration quiet;
    private final Object building = new Object(); // one build at a time, published in the order they ran
    /** Renders the pages of the build shown behind the ones browsers ask for; one pass at a time. */
    private final ExecutorService behind = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "factcheck-render-behind");
        t.setDaemon(true);
        return t;
    });
    private ChangeWatcher watcher;
    private volatile boolean closing;
    /** How many bursts of changes the watcher has reported. */
    private final java.util.concurrent.atomic.AtomicLong changesSeen = new java.util.concurrent.atomic.AtomicLong();
    private volatile int port;

    /** A server for the project at {@code root}; {@code quiet} is how long edits must pause before a rebuild. */
    public DevServer(Path root, Duration quiet, PrintWriter out, PrintWriter err) {
        this.root = root.toAbsolutePath().normalize();
        this.build = new MemoryBuild(this.root);
        this.quiet = quiet;
        this.out = out;
        this.err = err;
    }

    /** Builds once, starts serving on {@code port} (0: any free one) and watching; returns the port. */
    public synchronized int start(int port) {
        // Watch before the first build, so an edit made while it runs is not lost.
        watcher = new ChangeWatcher(root, WATCHED, quiet, this::rebuild);
        try {
            // Listen first: a port in use fails at once, not after a build. Until the first build
            // is published, pages say so and reload when it is.
            this.port = server.start(port);
            buildAndPublish(FileChanges.unknown());
        } catch (RuntimeException e) {
            watcher.close();
            throw e;
        }
        return this.port;
    }

    public int port() {
        return port;
    }

    /** Rebuilds and publishes; runs on the watcher's thread, one rebuild at a time. */
    void rebuild(FileChanges changes) {
        changesSeen.incrementAndGet(); // the pass rendering behind the last build stops: this one goes first
        try {
            reload.reloadAll(buildAndPublish(changes).generation());
        } catch (RuntimeException e) {
            // A failure outside the content (a folder gone, a bad --root): say so, keep serving.
            err.println("error: rebuild failed: " + e.getMessage());
            err.flush();
        }
    }

    /**
     * Loads, cites and plans the site, and publishes it at once: from then on a page asked for is
     * rendered on demand, before any other. The other pages are rendered behind it, so that a
     * template error shows without being visited and each page is ready when it is.
     */
    private LiveSite.State buildAndPublish(FileChanges changes) {
        synchronized (building) {
            long started = System.nanoTime();
            BuildResult result = build.run(changes);
            LiveSite.State state = site.publish(result);
            if (!state.errors().isEmpty()) {
                reportProblems(state);
            } else if (!closing) {
                long seen = changesSeen.get();
                try {
                    behind.execute(() -> renderBehind(state, started, seen));
                } catch (java.util.concurrent.RejectedExecutionException stopping) {
                    // closed meanwhile: nothing more to render
                }
            }
            return state;
        }
    }

    /**
     * Renders every page of {@code state} not yet rendered, one at a time, and stops as soon as
     * another change arrives: the rebuild it starts, and the page that the browser then asks
     * for, need the cores more. The pass that rebuild starts does the rest.
     */
    private void renderBehind(LiveSite.State state, long started, long seen) {
        FileSink check = new FileSink() {
            @Override
            public void accept(String path, byte[] content) {
                if (closing || changesSeen.get() != seen) throw new Superseded();
            }
        };
        try {
            state.site().writeEachTo(check);
        } catch (Superseded e) {
            return; // a newer build renders its own pages
        } catch (RenderException e) {
            site.reportLate(state.generation(), List.of("template failed: " + e.getMessage())).ifPresent(late -> {
                reportProblems(late);
                reload.reloadAll(late.generation());
            });
            return;
        }
        out.printf("built %d files in %d ms (%d pages re-rendered, the others unchanged)%n",
                state.site().paths().size(), (System.nanoTime() - started) / 1_000_000, build.pagesRendered());
        out.flush();
    }

    /** Thrown into a render pass whose build is no longer the one shown, to end it. */
    private static final class Superseded extends RuntimeException {
        Superseded() {
            super(null, null, false, false);
        }
    }

    private void reportProblems(LiveSite.State state) {
        for (String line : state.errors()) err.println(line);
        err.println(state.errors().size() + (state.errors().size() == 1 ? " problem" : " problems")
                + (state.everBuilt() ? "; still serving the last good site" : "; nothing to serve until they are fixed"));
        err.flush();
    }

    /** Stops watching, then serving; safe to call more than once. */
    @Override
    public synchronized void close() {
        closing = true;
        if (watcher != null) watcher.close();
        server.close();
        watcher = null;
        behind.shutdownNow();
        try {
            behind.awaitTermination(10, TimeUnit.SECONDS); // a pass under way ends at its next page: nothing is left running
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
