package factcheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --root DIR}, shared by every command. */
final class RootOption {
    @Option(names = "--root", paramLabel = "DIR", description = "project root holding content/, seeds/, templates/ (default: the current folder)")
    Path root = Path.of(".");
}
