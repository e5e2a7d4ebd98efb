package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Messages;
import factcheck.model.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /** The templates, assets and the interface text in {@code language}. */
    Theme read(String language, Position languageAt) {
        if (!Files.isDirectory(files.root().resolve("templates"), LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(Position.file("templates"), "no templates/ folder in the project",
                    "copy templates/ from the factcheck repository into the project root");
            return new Theme(Map.of(), Map.of(), Messages.none(language));
        }
        Map<String, String> templates = new TreeMap<>();
        for (Path p : files.list("templates", ".html", diagnostics)) {
            String name = p.getFileName().toString();
            files.read(p, Position.file(files.display(p)), diagnostics)
                    .ifPresent(text -> templates.put(name.substring(0, name.length() - 5), text));
        }
        for (String name : REQUIRED) {
            if (!templates.containsKey(name)) {
                diagnostics.error(Position.file("templates/" + name + ".html"), "missing template",
                        "copy templates/ from the factcheck repository into the project root");
            }
        }
        return new Theme(templates, assets(), messages.read(language, languageAt, templates));
    }

    private Map<String, byte[]> assets() {
        Map<String, byte[]> assets = new TreeMap<>();
        Path dir = files.root().resolve("templates/assets");
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return assets;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p)) {
                    diagnostics.error(Position.file(files.display(p)), "symbolic links are not followed in templates/", "copy the file instead");
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !p.getFileName().toString().startsWith(".")) {
                    if (Files.size(p) > ProjectFiles.MAX_BYTES) {
                        diagnostics.error(Position.file(files.display(p)), "asset is too large (over " + ProjectFiles.MAX_BYTES + " bytes)", "shrink it");
                    } else {
                        assets.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                    }
                }
            }
        } catch (IOException e) {
            diagnostics.error(Position.file("templates/assets"), "cannot read assets: " + e.getMessage());
        }
        return assets;
    }
}
