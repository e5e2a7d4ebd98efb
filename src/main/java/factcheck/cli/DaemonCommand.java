package factcheck.cli;

import factcheck.daemon.DaemonControl;
import factcheck.site.UsageException;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code factcheck daemon status|stop}: the user's build daemon, seen and stopped. */
@Command(name = "daemon", mixinStandardHelpOptions = true,
        description = "See or stop the build daemon that `build` uses (one per user, shared by every project).")
final class DaemonCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name what to do: status or stop");
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Say whether a build daemon runs: its pid, uptime and memory.")
    int status() {
        spec.commandLine().getOut().println(control().status());
        return 0;
    }

    @Command(name = "stop", mixinStandardHelpOptions = true, description = "Stop the build daemon; the next build starts a new one.")
    int stop() {
        spec.commandLine().getOut().println(control().stop(Duration.ofSeconds(5)));
        return 0;
    }

    private static DaemonControl control() {
        return DaemonControl.forUser(System.getenv())
                .orElseThrow(() -> new UsageException("no folder for a build daemon: set HOME, XDG_RUNTIME_DIR or FACTCHECK_DAEMON_DIR"));
    }
}
