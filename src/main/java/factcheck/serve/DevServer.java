package factcheck.serve;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

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
    private ChangeWatcher watcher;
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
            buildAndPublish();
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
    void rebuild() {
        try {
            reload.reloadAll(buildAndPublish().generation());
        } catch (RuntimeException e) {
            // A failure outside the content (a folder gone, a bad --root): say so, keep serving.
            err.println("error: rebuild failed: " + e.getMessage());
            err.flush();
        }
    }

    private LiveSite.State buildAndPublish() {
        synchronized (building) {
            BuildResult result = build.run();
            LiveSite.State state = site.publish(result);
            report(state, result.millis());
            return state;
        }
    }

    private void report(LiveSite.State state, long millis) {
        if (state.errors().isEmpty()) {
            out.printf("built %d files in %d ms (%d pages re-rendered, the others unchanged)%n",
                    state.files().size(), millis, build.pagesRendered());
            out.flush();
            return;
        }
        for (String line : state.errors()) err.println(line);
        err.println(state.errors().size() + (state.errors().size() == 1 ? " problem" : " problems")
                + (state.everBuilt() ? "; still serving the last good site" : "; nothing to serve until they are fixed"));
        err.flush();
    }

    /** Stops watching, then serving; safe to call more than once. */
    @Override
    public synchronized void close() {
        if (watcher != null) watcher.close();
        server.close();
        watcher = null;
    }
}
