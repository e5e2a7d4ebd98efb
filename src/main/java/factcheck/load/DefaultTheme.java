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

    /** The folder: the launcher's factcheck.home, else beside the folder the code was loaded from (target/); empty when neither has one. */
    public static Optional<Path> folder() {
        String home = System.getProperty(HOME);
        Path root;
        try {
            root = home != null ? Path.of(home)
                    : Path.of(DefaultTheme.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty(); // a class loaded from somewhere that is no file: no default theme
        }
        Path templates = root.resolve("templates");
        return Files.isDirectory(templates) ? Optional.of(templates) : Optional.empty();
    }
}
