package factcheck.cli;

import factcheck.serve.DevServer;
import factcheck.site.Build;
import factcheck.site.UsageException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code factcheck serve}: build, serve on 127.0.0.1, rebuild and reload on every edit; until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the site into memory, serve it on 127.0.0.1 and rebuild and reload the pages on every edit. Writes nothing to disk.")
final class ServeCommand implements Callable<Integer> {

    /** How long edits must pause before a rebuild: long enough for an editor's save-as-rename, short enough not to notice. */
    private static final Duration QUIET = Duration.ofMillis(25);

    @Mixin
    RootOption root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "1313", description = "port to listen on (default: ${DEFAULT-VALUE})")
    int port;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new UsageException("--port " + port + " is not a port number (0 to 65535)");
        new Build(root.root); // refuses a missing root or content/ before anything starts
        var out = spec.commandLine().getOut();
        DevServer server = new DevServer(root.root, QUIET, out, spec.commandLine().getErr());
        int actual = server.start(port);
        out.printf("serving http://127.0.0.1:%d/ (rebuilds on every change to content/, seeds/, templates/; Ctrl-C to stop)%n", actual);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C: the JVM runs this hook; stop watching and serving before it exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "factcheck-serve-shutdown"));
        stopped.await();
        return 0;
    }
}
