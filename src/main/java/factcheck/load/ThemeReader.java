package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Messages;
import factcheck.model.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads {@code templates/}: the page templates every build needs, the static assets under
 * {@code templates/assets/}, and the interface text ({@link MessagesReader}).
 */
final class ThemeReader {

    /** The templates rendering asks for; a missing one is a clear error here rather than a failure mid-render. */
    static final List<String> REQUIRED = List.of("layout", "home", "claims", "claim", "actors", "actor", "sources", "source", "page",
            "rating", "topics", "topic", "search");

    private final ProjectFiles files;
    private final Diagnostics diagnostics;
    private final MessagesReader messages;

    ThemeReader(ProjectFiles files, YamlReader yaml, Diagnostics diagnostics) {
        this.files = files;
        this.diagnostics = diagnostics;
        this.messages = new MessagesReader(files, yaml, diagnostics);
    }

    /**
     * The templates, assets and the interface text in {@code language}. A template or asset the
     * project does not have is factcheck's own ({@link DefaultTheme}), so that a desk keeps only the
     * ones it changed; without a default theme (a jar run from elsewhere) a missing one is an error.
     */
    Theme read(String language, Position languageAt) {
        Optional<Path> defaults = DefaultTheme.folder().filter(d -> !d.toAbsolutePath().normalize().equals(files.root().resolve("templates").toAbsolutePath().normalize()));
        if (Files.isSymbolicLink(files.root().resolve("templates"))) {
            // Followed, it would read templates and messages from outside the project.
            diagnostics.error(Position.file("templates"), "symbolic links are not followed: templates/ is one", "copy the folder into the project instead");
            return new Theme(Map.of(), Map.of(), Messages.none(language));
        }
        boolean own = Files.isDirectory(files.root().resolve("templates"), LinkOption.NOFOLLOW_LINKS);
        if (!own && defaults.isEmpty()) {
            diagnostics.error(Position.file("templates"), "no templates/ folder in the project",
                    "copy templates/ from the factcheck repository into the project root");
            return new Theme(Map.of(), Map.of(), Messages.none(language));
        }
        Map<String, String> templates = new TreeMap<>();
        if (own) {
            for (Path p : files.list("templates", ".html", diagnostics)) {
                String name = p.getFileName().toString();
                files.read(p, Position.file(files.display(p)), diagnostics)
                        .ifPresent(text -> templates.put(name.substring(0, name.length() - 5), text));
            }
        }
        Map<String, byte[]> assets = own ? assets(files.root().resolve("templates/assets"), true, Set.of()) : new TreeMap<>();
        defaults.ifPresent(d -> { // only what the project lacks is read: a build, and every edit in serve, would read them all again
            templates.putAll(defaultTemplates(d, templates.keySet()));
            assets.putAll(assets(d.resolve("assets"), false, assets.keySet()));
        });
        for (String name : REQUIRED) {
            if (!templates.containsKey(name)) {
                diagnostics.error(Position.file("templates/" + name + ".html"), "missing template",
                        "copy templates/ from the factcheck repository into the project root");
            }
        }
        return new Theme(templates, assets, messages.read(language, languageAt, templates));
    }

    /** factcheck's own templates, by name, but those in {@code have}. */
    private Map<String, String> defaultTemplates(Path folder, Set<String> have) {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList()) {
                String name = p.getFileName().toString();
                name = name.substring(0, name.length() - 5);
                if (!have.contains(name)) out.put(name, Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read factcheck's templates in " + folder, e); // our own install, not the desk's content
        }
        return out;
    }

    /** The files under {@code dir} by relative path, but those in {@code have}; {@code project}: the desk's own, whose problems are reported. */
    private Map<String, byte[]> assets(Path dir, boolean project, Set<String> have) {
        Map<String, byte[]> assets = new TreeMap<>();
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return assets;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    if (project) diagnostics.error(Position.file(files.display(p)), "symbolic links are not followed in templates/", "copy the file instead");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith(".")) {
                    if (Files.size(p) > ProjectFiles.MAX_BYTES) {
                        if (project) diagnostics.error(Position.file(files.display(p)), "asset is too large (over " + ProjectFiles.MAX_BYTES + " bytes)", "shrink it");
                    } else {
                        String path = dir.relativize(p).toString().replace('\\', '/');
                        if (!have.contains(path)) assets.put(path, Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            if (project) diagnostics.error(Position.file("templates/assets"), "cannot read assets: " + e.getMessage());
            else throw new UncheckedIOException("cannot read factcheck's assets in " + dir, e);
        }
        return assets;
    }
}
