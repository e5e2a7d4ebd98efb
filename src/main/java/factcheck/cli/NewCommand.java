package factcheck.cli;

import factcheck.load.Ids;
import factcheck.site.UsageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code factcheck new claim|actor|source ID}: a new record with every field, to fill in. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Create content/claims/ID.yaml (or actors/, sources/) with every field, commented, to fill in.")
final class NewCommand implements Callable<Integer> {

    /** The kinds of record, with their folder under content/. */
    enum Kind {
        claim("claims"), actor("actors"), source("sources");

        final String folder;

        Kind(String folder) {
            this.folder = folder;
        }
    }

    @Parameters(index = "0", paramLabel = "KIND", description = "claim, actor or source")
    Kind kind;

    @Parameters(index = "1", paramLabel = "ID", description = "the new record's id: lowercase letters, digits and -, starting with a letter or digit")
    String id;

    @Mixin
    RootOption root;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Ids.valid(id)) {
            throw new UsageException("`" + id + "` is not a valid id: " + Ids.RULE);
        }
        Path content = root.root.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new UsageException("no content/ folder in " + root.root.toAbsolutePath().normalize() + ": run the command in a project, or pass --root DIR");
        }
        Path file = content.resolve(kind.folder).resolve(id + ".yaml");
        String shown = "content/" + kind.folder + "/" + id + ".yaml";
        if (Files.exists(file) || Files.exists(content.resolve(kind.folder).resolve(id + ".yml"))) {
            throw new UsageException(Counted.a(kind.toString()) + " with id `" + id + "` already exists (" + shown + "): choose another id or edit that file");
        }
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: never overwrite, even a file that appeared since the check above.
            Files.writeString(file, Scaffolds.of(kind.name(), id, LocalDate.now()), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(Counted.a(kind.toString()) + " with id `" + id + "` already exists (" + shown + ")");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + shown + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("created " + shown);
        spec.commandLine().getOut().println("fill in every TODO, then run ./factcheck check");
        return 0;
    }
}
