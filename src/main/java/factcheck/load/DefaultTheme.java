package factcheck.load;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * factcheck's own {@code templates/}: what {@code init} copies into a new project, and what a project
 * falls back on for each template and asset it does not have, as Hugo's layout lookup falls back
 * on the theme's, so that a desk overrides one template without copying them all.
 */
public final class DefaultTheme {

    /** Set by the launcher: the factcheck folder. */
    public static final String HOME = "factcheck.home";

    private DefaultTheme() {}

    /**
     * The folder: the launcher's factcheck.home, else, for code run from a build of the repository
     * (target/classes or target/factcheck.jar), the repository's; empty otherwise, when a missing
     * template is an error. Never a folder merely beside a jar copied elsewhere (~/templates).
     */
    public static Optional<Path> folder() {
        String home = System.getProperty(HOME);
        Path root;
        if (home != null) {
            root = Path.of(home);
        } else {
            try {
                Path code = Path.of(DefaultTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                Path target = code.getParent();
                if (target == null || target.getFileName() == null || !target.getFileName().toString().equals("target")
                        || !Files.isRegularFile(target.resolveSibling("pom.xml"))) {
                    return Optional.empty();
                }
                root = target.getParent();
            } catch (URISyntaxException | RuntimeException e) {
                return Optional.empty(); // a class loaded from somewhere that is no file: no default theme
            }
        }
        Path templates = root.resolve("templates");
        return Files.isRegularFile(templates.resolve("layout.html")) ? Optional.of(templates) : Optional.empty();
    }
}
