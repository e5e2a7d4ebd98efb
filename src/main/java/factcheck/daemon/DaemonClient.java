package factcheck.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code factcheck build} through the user's {@link BuildDaemon}: starts one when none answers,
 * sends the arguments (with {@code --root} and {@code --out} made absolute, since the daemon has
 * its own working folder), copies back what the build prints, and exits with its status. Whenever
 * a daemon cannot be had (no {@code setsid}, a socket path too long, a daemon that died) the build
 * runs without it instead, so the daemon only ever makes a build faster.
 *
 * <p>The launcher runs the client from {@code factcheck-client.jar}, which holds only the classes
 * it needs and names no libraries: opening a Unix socket makes the JDK look up socket providers
 * in every jar on the class path, and the generator's 48 libraries cost 40 ms of every build
 * that way. So the client never loads the generator: when a build cannot go to a daemon it exits
 * with {@link #NO_DAEMON} and the launcher runs the build itself.
 */
public final class DaemonClient {

    /** The exit status that tells the launcher to run the build in a process of its own (EX_TEMPFAIL). */
    static final int NO_DAEMON = 75;
    /** The daemon's main class, by name: the client's jar does not hold it. */
    static final String DAEMON_CLASS = "factcheck.daemon.BuildDaemon";

    private static final long START_TIMEOUT_MS = 20_000;
    private static final int MAX_FRAME = 1 << 24;

    private final Path cwd;
    private final PrintStream out;
    private final PrintStream err;
    private final Starter starter;
    private final java.util.function.Supplier<String> code;
    /** The user's daemon folder; null when there is none (no home folder to put it in). */
    private final DaemonFiles files;

    /** Starts the user's daemon in the background; false when it cannot. */
    @FunctionalInterface
    interface Starter {
        boolean start(DaemonFiles files);
    }

    DaemonClient(Path cwd, PrintStream out, PrintStream err, Starter starter, java.util.function.Supplier<String> code, DaemonFiles files) {
        this.code = code;
        this.files = files;
        this.cwd = cwd;
        this.out = out;
        this.err = err;
        this.starter = starter;
    }

    public static void main(String[] args) {
        DaemonClient client = new DaemonClient(Path.of("").toAbsolutePath(), System.out, System.err, DaemonClient::startProcess, CodeStamp::current,
                DaemonFiles.forUser(System.getenv()));
        int status;
        try {
            status = client.build(List.of(args)).orElse(NO_DAEMON);
        } catch (RuntimeException e) {
            // Arguments the client cannot make sense of (`--root` without a value): the launcher's
            // own build says what is wrong, as the command line does, rather than a stack trace here.
            status = NO_DAEMON;
        }
        System.exit(status);
    }

    /** The build's exit status through a daemon; empty when it must run without one instead. */
    Optional<Integer> build(List<String> args) {
        List<String> absolute = BuildArguments.absolute(args, cwd);
        Path root = BuildArguments.root(absolute);
        if (!Files.isDirectory(root.resolve("content"))) return Optional.empty(); // let the command say what is wrong
        if (files == null || !files.socketPathFits()) return Optional.empty();
        for (int attempt = 0; attempt < 2; attempt++) { // a second time after a stale daemon made way
            Optional<SocketChannel> channel = connect(files).or(() -> start(files));
            if (channel.isEmpty()) return Optional.empty();
            boolean[] answered = {false};
            try (SocketChannel c = channel.get()) {
                Optional<Integer> status = exchange(c, absolute, answered);
                if (status.isPresent()) return status;
            } catch (IOException e) {
                if (!answered[0] && attempt == 0) {
                    // Not a word back: a daemon of an older factcheck that speaks another protocol, or
                    // one that is stuck. Stop it and start one of our own.
                    replace(files);
                    continue;
                }
                err.println("factcheck: the build daemon stopped (" + e.getMessage() + "; see " + files.log()
                        + "); building without it");
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<SocketChannel> connect(DaemonFiles files) {
        if (!files.isPrivate() || !Files.exists(files.socket())) return Optional.empty();
        try {
            return Optional.of(SocketChannel.open(UnixDomainSocketAddress.of(files.socket())));
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** Starts a daemon and waits for its socket. */
    private Optional<SocketChannel> start(DaemonFiles files) {
        if (!starter.start(files)) return Optional.empty();
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            Optional<SocketChannel> c = connect(files);
            if (c.isPresent()) return c;
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * Starts the user's daemon JVM in its own session, so that Ctrl-C in this terminal does not
     * reach it, with the generator's class path, in its own folder (not a project's, which the
     * user may delete); its output goes to the daemon's log.
     */
    static boolean startProcess(DaemonFiles files) {
        Optional<String> java = ProcessHandle.current().info().command();
        Optional<Path> setsid = onPath("setsid");
        if (java.isEmpty() || setsid.isEmpty()) return false;
        try {
            files.createPrivate();
            List<String> command = new ArrayList<>(List.of(setsid.get().toString(), java.get()));
            command.addAll(DaemonJvm.options());
            command.addAll(List.of("-cp", CodeStamp.generatorClassPath(), DAEMON_CLASS, files.dir().toString()));
            new ProcessBuilder(command).directory(files.dir().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(files.log().toFile()).redirectErrorStream(true).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the daemon named by the pid file (only if it is a build daemon) and removes its socket. */
    private static void replace(DaemonFiles files) {
        try {
            long pid = Long.parseLong(Files.readString(files.pid()).strip());
            ProcessHandle.of(pid).filter(p -> p.pid() != ProcessHandle.current().pid())
                    .filter(p -> p.info().commandLine().orElse("").contains(DAEMON_CLASS)).ifPresent(p -> {
                p.destroy();
                try {
                    p.onExit().get(5, java.util.concurrent.TimeUnit.SECONDS);
                } catch (Exception e) {
                    p.destroyForcibly();
                }
            });
        } catch (IOException | NumberFormatException e) {
            // no pid file: nothing to stop
        }
        try {
            Files.deleteIfExists(files.socket());
        } catch (IOException e) {
            // the next start fails to bind and the build runs without a daemon
        }
    }

    /** Sends the request and copies the answer; empty when the daemon was stale and is gone. */
    private Optional<Integer> exchange(SocketChannel channel, List<String> args, boolean[] answered) throws IOException {
        DataOutputStream request = new DataOutputStream(Channels.newOutputStream(channel));
        Frames.writeRequest(request, code.get(), args);
        DataInputStream in = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
        while (true) {
            byte kind;
            try {
                kind = in.readByte();
            } catch (EOFException e) {
                throw new IOException("no answer", e);
            }
            answered[0] = true;
            switch (kind) {
                case Frames.OUT, Frames.ERR -> {
                    int length = in.readInt();
                    if (length < 0 || length > MAX_FRAME) throw new IOException("bad frame length " + length);
                    byte[] bytes = new byte[length];
                    in.readFully(bytes);
                    PrintStream to = kind == Frames.OUT ? out : err;
                    to.write(bytes);
                    to.flush();
                }
                case Frames.EXIT -> {
                    return Optional.of(in.readInt());
                }
                case Frames.STALE -> {
                    in.readInt();
                    return Optional.empty();
                }
                default -> throw new IOException("unknown frame " + kind);
            }
        }
    }

    private static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) return Optional.of(p);
        }
        return Optional.empty();
    }
}
