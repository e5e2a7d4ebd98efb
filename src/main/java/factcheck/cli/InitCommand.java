package factcheck.cli;

import factcheck.load.DefaultTheme;
import factcheck.site.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code factcheck init DIR}: a new project that builds as it is, to make one's own: the site's
 * configuration with a rating scale, the templates, and one example of each record (an article,
 * its source record, an actor, a claim that quotes the article), a {@code .gitignore} for what a
 * build leaves beside its output, and a README for the desk.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new project in DIR (which must not exist, or be empty) that builds as it is.")
final class InitCommand implements Callable<Integer> {

    /** Set by the launcher: the factcheck folder, whose templates/ a new project starts from. */
    static final String HOME = DefaultTheme.HOME;

    @Parameters(index = "0", paramLabel = "DIR", description = "the new project's folder")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Path target = dir.toAbsolutePath().normalize();
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) || !empty(target))) {
            throw new UsageException(target + " already exists and is not an empty folder: choose a new folder for the project");
        }
        Path templates = theme();
        try {
            Files.createDirectories(target);
            copyTree(templates, target.resolve("templates"));
            for (Map.Entry<String, String> file : ExampleProject.FILES.entrySet()) {
                Path path = target.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String home = System.getProperty(HOME);
        String launcher = home == null ? "factcheck" : Path.of(home).resolve("factcheck").toString();
        spec.commandLine().getOut().printf("created a project in %s%nnext: cd %s && %s build, then read README.md%n", target, target, launcher);
        return 0;
    }

    private static boolean empty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The factcheck folder's templates/: from the launcher, else beside the folder the code was loaded from (target/). */
    private static Path theme() {
        return DefaultTheme.folder().orElseThrow(() -> new UsageException(
                "cannot find factcheck's templates/: run init through the ./factcheck launcher"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = walk.sorted().toList();
        }
        for (Path p : all) {
            Path copy = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(copy);
            else Files.copy(p, copy);
        }
    }
}
