package factcheck.daemon;

import factcheck.cli.Main;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine;

/**
 * A JVM kept running between builds, so that a build runs on code the JIT has already compiled:
 * on the 10,000-claim corpus a build in a fresh JVM spends most of its time interpreting and
 * compiling (11 s), while the same build in a warm one takes a third of that. Gradle's daemon
 * does the same for the same reason, and like it one daemon serves every project of its user
 * ({@link DaemonFiles}). It listens on a Unix socket in the user's daemon folder, runs one
 * build at a time exactly as {@code factcheck build} would in a fresh process, keeps each
 * root's caches under a memory budget ({@link RootCaches}), and exits after a quiet period,
 * when its jar changes, when its socket is taken away, or a moment after every project it
 * built is gone.
 */
public final class BuildDaemon {

    /** How long a daemon waits for the next build before it exits. */
    static final Duration IDLE = Duration.ofMinutes(15);
    /** How long after a build, with no other, the daemon gives memory back. */
    static final Duration COLLECT_AFTER = Duration.ofSeconds(3);
    /** How long after a build, with no other, the daemon drops every root's caches: an idle daemon holds little. */
    static final Duration FORGET_AFTER = Duration.ofMinutes(5);
    /** How often a waiting daemon looks at its roots, its jar and its socket. */
    private static final Duration TICK = Duration.ofSeconds(1);
    /**
     * The heap the roots' caches may hold between builds, measured after a collection; the root
     * built last is kept whatever it holds. With the JVM's own 80-100 MB, a daemon that built a
     * dozen small projects stays well under 400 MB resident.
     */
    static final long HEAP_BUDGET = 192L * 1024 * 1024;

    private final DaemonFiles files;
    private final Duration idle;
    private final Supplier<String> codeStamp;
    private final String startedWith;
    /** What each build of a root keeps for the next build of it: what makes a rebuild after an edit fast. */
    private final RootCaches roots = new RootCaches();
    private final HeapPolicy heap = new HeapPolicy();
    /** False once the socket and pid file were given up: a new daemon may own files of those names by then. */
    private boolean ownsFiles = true;

    BuildDaemon(DaemonFiles files, Duration idle, Supplier<String> codeStamp) {
        this.files = files;
        this.idle = idle;
        this.codeStamp = codeStamp;
        this.startedWith = codeStamp.get();
    }

    /** {@code BuildDaemon DIR}: started by {@link DaemonClient} in the user's daemon folder, never by hand. */
    public static void main(String[] args) throws IOException {
        Main.useEveryCore();
        new BuildDaemon(new DaemonFiles(Path.of(args[0])), IDLE, CodeStamp::current).serve();
        System.exit(0); // the fork-join pool's threads must not keep an idle daemon alive
    }

    /** Answers builds until idle or stale; returns when the daemon should exit. */
    void serve() throws IOException {
        files.createPrivate();
        try (ServerSocketChannel server = bind(); Selector selector = Selector.open()) {
            if (server == null) { // another daemon answers for this user
                ownsFiles = false;
                return;
            }
            Files.writeString(files.pid(), ProcessHandle.current().pid() + "\n");
            server.configureBlocking(false);
            server.register(selector, SelectionKey.OP_ACCEPT);
            Waiting waiting = new Waiting(false);
            long tick = Math.min(TICK.toMillis(), idle.toMillis());
            while (!Thread.currentThread().isInterrupted()) {
                if (selector.select(tick) == 0) {
                    if (!waiting.stillServing()) return;
                    continue;
                }
                selector.selectedKeys().clear();
                try (SocketChannel client = server.accept()) {
                    if (client == null) continue;
                    client.configureBlocking(true);
                    if (!answer(client)) return;
                } catch (IOException e) {
                    // the client went away mid-build: its output is lost, the build itself completed
                }
                waiting = new Waiting(true);
                if (!Files.exists(files.socket())) { // the socket was deleted: nobody can reach us
                    ownsFiles = false;
                    return;
                }
            }
        } finally {
            if (ownsFiles) giveUpFiles();
        }
    }

    /**
     * The time since the last build, and what the daemon did with it. Memory is given back once
     * builds pause: a full collection right after each build would hold up the next one (an
     * edit, a save, a build: a second apart).
     */
    private final class Waiting {
        private final long since = System.nanoTime();
        /** Whether this daemon answered a build: only then may every root it built be gone. */
        private final boolean builtOnce;
        private boolean collected;
        private boolean forgotten;

        Waiting(boolean builtOnce) {
            this.builtOnce = builtOnce;
        }

        /** Does what is due after this long without a build; false when the daemon should exit. */
        boolean stillServing() {
            Duration quiet = Duration.ofNanos(System.nanoTime() - since);
            if (roots.dropGone()) collected = false; // a project folder was deleted: its memory goes back now
            if (builtOnce && roots.rootsThere() == 0) return false; // every project folder it built is gone
            if (!collected && quiet.compareTo(COLLECT_AFTER) >= 0) {
                // One collection: the heap shrinks by a step (see shrinkHeap). All the way, it took
                // four full collections of what a 50,000-claim project keeps, seconds that the next
                // edit's build waited for; that is done once the daemon forgets.
                roots.fitInto(HEAP_BUDGET, BuildDaemon::heapUsedAfterCollection);
                collected = true;
            }
            if (!forgotten && quiet.compareTo(FORGET_AFTER) >= 0) {
                roots.clear();
                shrinkHeap();
                forgotten = true;
            }
            if (quiet.compareTo(idle) >= 0) return false;
            if (!codeStamp.get().equals(startedWith)) return false; // the jar was rebuilt: no client will use this daemon again
            if (!Files.exists(files.socket())) { // deleted: nobody can reach us
                ownsFiles = false;
                return false;
            }
            return true;
        }
    }

    /**
     * Collects until the heap has shrunk to what is left in use. The serial collector shrinks the
     * heap in steps (0, 10, 40, then 100% of the shrink it wants, over consecutive full
     * collections): after one collection, a daemon that had built 50,000 claims still held 1.4 GB
     * of empty heap, 1.6 GB resident. With nothing kept, each collection takes milliseconds.
     */
    private static void shrinkHeap() {
        for (int i = 0; i < 4; i++) System.gc();
    }

    private static long heapUsedAfterCollection() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Binds the socket; null when a live daemon already holds it. A socket left by a dead daemon is replaced. */
    private ServerSocketChannel bind() throws IOException {
        UnixDomainSocketAddress address = UnixDomainSocketAddress.of(files.socket());
        if (Files.exists(files.socket())) {
            try (SocketChannel probe = SocketChannel.open(address)) {
                return null;
            } catch (IOException dead) {
                Files.deleteIfExists(files.socket());
            }
        }
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        try {
            server.bind(address);
        } catch (IOException raced) { // another daemon bound it between the probe and now
            server.close();
            return null;
        }
        return server;
    }

    private void giveUpFiles() throws IOException {
        ownsFiles = false;
        Files.deleteIfExists(files.pid());
        Files.deleteIfExists(files.socket());
    }

    /** Runs one request; false when this daemon is stale and must exit. */
    private boolean answer(SocketChannel client) throws IOException {
        DataInputStream in = new DataInputStream(Channels.newInputStream(client));
        DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(Channels.newOutputStream(client)));
        Frames.Request request;
        try {
            request = Frames.readRequest(in);
        } catch (Frames.OtherVersion e) { // a newer client: make way for a daemon that speaks its protocol
            giveUpFiles();
            Frames.writeStatus(out, Frames.STALE, 0);
            return false;
        }
        List<String> args = request.args();
        // Stale when the jar changed since this daemon started, or when the client runs other
        // code (another copy of factcheck building the same project): either way, make way.
        if (!codeStamp.get().equals(startedWith) || !request.code().equals(startedWith)) {
            giveUpFiles(); // before answering: the client starts a new daemon at once
            Frames.writeStatus(out, Frames.STALE, 0);
            return false;
        }
        PrintWriter stdout = writer(Frames.stream(out, Frames.OUT));
        PrintWriter stderr = writer(Frames.stream(out, Frames.ERR));
        int code;
        heap.building();
        try {
            CommandLine cl = Main.commandLine(roots.of(BuildArguments.root(args).toAbsolutePath().normalize()));
            cl.setOut(stdout);
            cl.setErr(stderr);
            code = cl.execute(args.toArray(String[]::new));
        } catch (RuntimeException | StackOverflowError e) {
            stderr.println("internal error (please report it): " + e);
            code = 70;
        } finally {
            heap.between();
        }
        stdout.flush();
        stderr.flush();
        Frames.writeStatus(out, Frames.EXIT, code);
        return true;
    }

    private static PrintWriter writer(java.io.OutputStream frames) {
        return new PrintWriter(new OutputStreamWriter(frames, StandardCharsets.UTF_8), true);
    }
}
