package factcheck.cli;

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
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new Failures());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve, new (see --help)");
    }
}
