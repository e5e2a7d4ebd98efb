package factcheck.cli;

import factcheck.site.BuildCaches;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code factcheck}: the top command; its subcommands do the work. Its {@code main} exits the JVM with the command's status. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static fact-check site from YAML records and plain-text articles.",
        subcommands = {InitCommand.class, BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, DaemonCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:content errors (listed as path:line:column: message)", "2:usage errors"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        useEveryCore();
        System.exit(commandLine().execute(args));
    }

    /** The common pool's property: see {@link #useEveryCore}. */
    private static final String PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    /**
     * Gives the common fork-join pool, where loading, citing and rendering run, one worker per
     * core, unless the JVM was told otherwise. Its default is one fewer, counting on the thread
     * that starts a parallel stream to join in; but a build renders its pages while a task on
     * the pool writes the files for machines, and on two cores that task took the only worker,
     * leaving ten thousand pages to one thread for a while (measured, side by side: a cold
     * build at 10,000 claims 8.8 s with the default, 8.0 s with this). Called first thing in a process's {@code main}, before
     * anything starts the pool.
     */
    public static void useEveryCore() {
        if (System.getProperty(PARALLELISM) == null) {
            System.setProperty(PARALLELISM, Integer.toString(Math.max(2, Runtime.getRuntime().availableProcessors())));
        }
    }

    /** The configured command line, for {@code main} and for tests that capture its output. */
    public static CommandLine commandLine() {
        return commandLine(BuildCaches.none());
    }

    /**
     * The command line of a process that builds the same project repeatedly (the build daemon):
     * {@code build} reuses what {@code caches} kept from the builds before.
     */
    public static CommandLine commandLine(BuildCaches caches) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                return type == BuildCommand.class ? (K) new BuildCommand(caches) : defaults.create(type);
            }
        });
        cl.setExecutionExceptionHandler(new Failures());
        // picocli answers `factcheck init --help` with the main help and status 0, since a help request
        // outranks an unknown word; a script would take that for success. An unknown command is a usage error.
        cl.setExecutionStrategy(parsed -> {
            if (!parsed.unmatched().isEmpty()) throw unknown(cl, parsed.unmatched().get(0));
            return new CommandLine.RunLast().execute(parsed);
        });
        CommandLine.IParameterExceptionHandler standard = cl.getParameterExceptionHandler();
        cl.setParameterExceptionHandler((e, args) -> standard.handleParseException(
                e instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cl ? unknown(cl, u.getUnmatched().get(0)) : e, args));
        return cl;
    }

    private static CommandLine.ParameterException unknown(CommandLine cl, String word) {
        return new CommandLine.ParameterException(cl, "unknown command or argument `" + word + "`: the commands are "
                + String.join(", ", cl.getSubcommands().keySet()) + " (see --help)");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: init, build, check, serve, new, daemon (see --help)");
    }
}
