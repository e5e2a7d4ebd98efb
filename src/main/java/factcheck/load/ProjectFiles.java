package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The project's files as the loader may see them: listed in a stable order, read as strict
 * UTF-8 with a size cap, and never outside the project root (no {@code ..}, no absolute paths,
 * no symbolic links).
 */
final class ProjectFiles {

    /** The largest file we read: articles are tens of kilobytes; this bounds memory on hostile input. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private final Path root;

    ProjectFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** The path as users see it in messages: relative to the root, with forward slashes. */
    String display(Path file) {
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /** The files of {@code dir} ending in {@code extension}, sorted by name; problems with others reported. */
    List<Path> list(String dir, String extension, Diagnostics diagnostics) {
        Path folder = root.resolve(dir);
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) return List.of();
        List<Path> out = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".") || name.endsWith("~")) continue; // editor swap and backup files
                if (Files.isSymbolicLink(p)) {
                    diagnostics.error(Position.file(display(p)), "symbolic links are not followed in content/",
                            "replace the link with the file itself");
                } else if (name.endsWith(".yml") && extension.equals(".yaml")) {
                    diagnostics.error(Position.file(display(p)), "records end in .yaml, not .yml",
                            "rename it to " + name.substring(0, name.length() - 4) + ".yaml");
                } else if (name.endsWith(extension) && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    out.add(p);
                }
            }
        } catch (IOException e) {
            diagnostics.error(Position.file(dir), "cannot list folder: " + e.getMessage());
        }
        return out;
    }

    /**
     * The text of a file under the root: strict UTF-8, byte-order mark dropped, CRLF and CR made LF.
     * Empty, with the problem reported at {@code reportAt}, when it cannot be read.
     */
    Optional<String> read(Path file, Position reportAt, Diagnostics diagnostics) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.error(reportAt, display(file) + " is too large (" + size + " bytes; the limit is " + MAX_BYTES + ")",
                        "split the file or trim what is not needed");
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            return Optional.of(text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.error(reportAt, display(file) + " is not valid UTF-8 text",
                    "save it as UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)");
        } catch (IOException e) {
            diagnostics.error(reportAt, "cannot read " + display(file) + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /**
     * Resolves a path written in a record, which must stay inside {@code folder} of the root:
     * no absolute path, no {@code ..} out of it, no symbolic link anywhere on the way.
     */
    Optional<Path> inside(String folder, String written, Position at, Diagnostics diagnostics) {
        Path base = root.resolve(folder);
        Path resolved;
        try {
            Path given = Path.of(written);
            if (given.isAbsolute()) {
                diagnostics.error(at, "`" + written + "` is an absolute path", "write the path relative to the project root, e.g. " + folder + "/article.txt");
                return Optional.empty();
            }
            resolved = root.resolve(given).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            diagnostics.error(at, "`" + written + "` is not a valid path", "write the path relative to the project root, e.g. " + folder + "/article.txt");
            return Optional.empty();
        }
        if (!resolved.startsWith(base) || resolved.equals(base)) {
            diagnostics.error(at, "`" + written + "` is outside " + folder + "/", "put the file under " + folder + "/ and write e.g. " + folder + "/article.txt");
            return Optional.empty();
        }
        for (Path p = resolved; p.startsWith(root) && !p.equals(root); p = p.getParent()) {
            if (Files.isSymbolicLink(p)) {
                diagnostics.error(at, "`" + written + "` goes through a symbolic link (" + display(p) + ")", "copy the file into " + folder + "/ instead of linking it");
                return Optional.empty();
            }
        }
        if (!Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(at, "`" + written + "` does not exist", "check the file name under " + folder + "/");
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

}
