package factcheck.cli;

import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import factcheck.site.BuildCaches;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factcheck build}: content to site, or every problem and the previous site untouched. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Check the content and build the site.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    RootOption root;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the site (default: ROOT/site)")
    Path out;

    @Option(names = "--timings", description = "print how long each phase of the build took")
    boolean timings;

    @Option(names = "--force", description = "build even when nothing changed since the last build")
    boolean force;

    // Read by the launcher, which then runs the build in its own process; here it changes nothing.
    @Option(names = "--no-daemon", description = "build in this process, not in the user's build daemon (see README)")
    boolean noDaemon;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What earlier builds in this process kept (the build daemon's); nothing for a one-shot build. */
    private final BuildCaches caches;

    BuildCommand() {
        this(BuildCaches.none());
    }

    BuildCommand(BuildCaches caches) {
        this.caches = caches;
    }

    @Override
    public Integer call() {
        long started = System.nanoTime();
        Path target = out != null ? out : root.root.resolve("site");
        Diagnostics diagnostics = new Diagnostics();
        Build build = new Build(root.root, caches);
        if (force) build.full();
        if (!force && build.upToDate(target)) {
            if (timings) spec.commandLine().getErr().println("timings: " + build.timings().summary());
            Path shown = target.toAbsolutePath().normalize();
            spec.commandLine().getOut().printf("%s is up to date: nothing changed since the last build (--force builds anyway)%n"
                    + "open %s in a browser%n", shown, shown.resolve("index.html").toUri());
            return 0;
        }
        Optional<Integer> files = build.write(target, diagnostics);
        if (timings) spec.commandLine().getErr().println("timings: " + build.timings().summary() + "; " + build.pagesRendered() + " pages rendered");
        if (files.isEmpty()) {
            spec.commandLine().getErr().print(diagnostics.report());
            spec.commandLine().getErr().flush();
            spec.commandLine().getErr().println("build failed: the previous site was left as it was");
            return 1;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        Path shown = target.toAbsolutePath().normalize();
        spec.commandLine().getOut().printf("built %d files into %s in %d ms%nopen %s in a browser%n",
                files.get(), shown, ms, shown.resolve("index.html").toUri());
        return 0;
    }
}
