package factcheck.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code --out} may be: never the project, one of its source folders or a file, and an
 * existing folder only when it is empty or holds a site this generator built (it is replaced whole).
 */
final class OutputChecks {

    private static final List<String> PROTECTED = List.of("content", "seeds", "templates", "src", ".git");

    private OutputChecks() {}

    /** The output folder as an absolute path, or a {@link UsageException} saying why it may not be used. */
    static Path validate(Path root, Path out) {
        Path o = out.toAbsolutePath().normalize();
        // Compared as real paths too, so a symbolic link (alias/content, with alias -> the root)
        // cannot hide that --out is the project or one of its source folders.
        refuseProjectFolders(real(root), real(o), out);
        refuseProjectFolders(root, o, out);
        if (Files.exists(o) && !Files.isDirectory(o)) {
            throw new UsageException("--out " + out + " is an existing file, not a folder: choose a folder such as " + root.resolve("site"));
        }
        if (Files.isDirectory(o) && !isEmpty(o) && !looksBuilt(o)) {
            throw new UsageException("--out " + out + " is a folder that holds something other than a site built by factcheck;"
                    + " refusing to replace it: choose an empty or new folder");
        }
        return o;
    }

    private static void refuseProjectFolders(Path root, Path o, Path out) {
        if (root.startsWith(o)) throw new UsageException("--out " + out + " would replace the project itself: choose a folder such as " + root.resolve("site"));
        for (String name : PROTECTED) {
            if (o.startsWith(root.resolve(name))) throw new UsageException("--out " + out + " is inside " + name + "/, which holds the project's sources: choose a folder such as " + root.resolve("site"));
        }
    }

    /** The path with every link resolved, as far as it exists; the part not yet created is appended as written. */
    private static Path real(Path p) {
        Path existing = p;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) return p;
        try {
            return existing.toRealPath().resolve(existing.relativize(p)).normalize();
        } catch (IOException e) {
            return p;
        }
    }

    /**
     * Whether a folder holds a site this generator built, and so may be replaced whole: an
     * {@code index.html} alone is not enough (a web server's root has one), the claims index
     * and the stylesheet must be there too.
     */
    static boolean looksBuilt(Path dir) {
        return Files.isRegularFile(dir.resolve("index.html")) && Files.isRegularFile(dir.resolve("claims/index.html"))
                && Files.isRegularFile(dir.resolve("assets/style.css"));
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
