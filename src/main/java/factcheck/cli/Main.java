package factcheck.cli;

import factcheck.site.BuildCaches;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code factcheck}: the top command; its subcommands do the work. The only place that exits the JVM. */
@Command(name = "factcheck", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static fact-check site from YAML records and plain-text articles.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, NewCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:success", "1:content errors (listed as path:line:column: message)", "2:usage errors"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
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
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve, new (see --help)");
    }
}
