package factcheck.daemon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What {@code factcheck daemon status|stop} sees and does: the user's build daemon, found by
 * the process its pid file names, and only when that process is a build daemon (a pid file left
 * by one that died may name any process since).
 */
public final class DaemonControl {

    private final DaemonFiles files;

    DaemonControl(DaemonFiles files) {
        this.files = files;
    }

    /** The daemon of the user whose environment this is; empty when no daemon folder can be named. */
    public static Optional<DaemonControl> forUser(Map<String, String> env) {
        return Optional.ofNullable(DaemonFiles.forUser(env)).map(DaemonControl::new);
    }

    /** The running daemon's process, if there is one. */
    public Optional<ProcessHandle> running() {
        try {
            if (!Files.isRegularFile(files.pid())) return Optional.empty();
            long pid = Long.parseLong(Files.readString(files.pid()).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(this::isDaemon);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the process is this folder's daemon: its arguments are the daemon's class and then
     * this folder (another folder's daemon, or any process that reused a stale pid, is not), and
     * it runs as this user.
     */
    private boolean isDaemon(ProcessHandle p) {
        if (!p.info().user().map(u -> u.equals(System.getProperty("user.name"))).orElse(true)) return false;
        List<String> args;
        try { // Linux: the whole command line (ProcessHandle.Info cuts a long class path short, before the class)
            args = List.of(new String(Files.readAllBytes(Path.of("/proc/" + p.pid() + "/cmdline")), StandardCharsets.UTF_8).split("\0"));
        } catch (IOException e) {
            args = p.info().arguments().map(List::of).orElse(List.of());
        }
        int at = args.indexOf(DaemonClient.DAEMON_CLASS);
        return at >= 0 && at + 1 < args.size() && args.get(at + 1).equals(files.dir().toString());
    }

    /** One line on the daemon: running (its pid, how long, its memory) or not. */
    public String status() {
        return running().map(p -> "a build daemon is running: pid " + p.pid() + uptime(p) + resident(p) + ", in " + files.dir())
                .orElse("no build daemon is running (it would keep its files in " + files.dir() + ")");
    }

    /** Stops the daemon, if one runs, and waits for it: asked first, made to after {@code patience}. The line to print. */
    public String stop(Duration patience) {
        Optional<ProcessHandle> daemon = running();
        if (daemon.isEmpty()) return "no build daemon was running";
        ProcessHandle p = daemon.get();
        p.destroy();
        if (!exited(p, patience)) {
            p.destroyForcibly();
            if (!exited(p, patience)) return "could not stop the build daemon (pid " + p.pid() + "): it is still running";
        }
        forget(p.pid());
        return "stopped the build daemon (pid " + p.pid() + ")";
    }

    private static boolean exited(ProcessHandle p, Duration patience) {
        return p.onExit().completeOnTimeout(null, patience.toMillis(), TimeUnit.MILLISECONDS).join() != null || !p.isAlive();
    }

    /**
     * Removes the pid file if it still names the stopped daemon. Not the socket: a new daemon may
     * have bound it since, and a dead one's socket is replaced by the next daemon's bind.
     */
    private void forget(long pid) {
        try {
            if (Files.isRegularFile(files.pid()) && Files.readString(files.pid()).strip().equals(Long.toString(pid))) {
                Files.deleteIfExists(files.pid());
            }
        } catch (IOException e) {
            // Left behind: the next client finds no daemon behind them and starts one, as after a crash.
        }
    }

    private static String uptime(ProcessHandle p) {
        return p.info().startInstant().map(t -> ", up " + Duration.between(t, Instant.now()).toMinutes() + " min").orElse("");
    }

    private static String resident(ProcessHandle p) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) return ", " + Long.parseLong(line.replaceAll("\\D", "")) / 1024 + " MB resident";
            }
        } catch (IOException | NumberFormatException e) {
            // Not Linux, or it just exited: say nothing of its memory.
        }
        return "";
    }
}
