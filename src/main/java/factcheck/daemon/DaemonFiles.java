package factcheck.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Where a project's build daemon lives: {@code ROOT/.factcheck/daemon/} (ignored by git), a folder
 * only its user may enter, so only that user can connect to the socket inside it.
 */
record DaemonFiles(Path dir) {

    /** Unix socket paths are limited to 108 bytes on Linux; past that there is no daemon. */
    private static final int MAX_SOCKET_PATH = 100;

    static DaemonFiles of(Path root) {
        return new DaemonFiles(root.toAbsolutePath().normalize().resolve(".factcheck").resolve("daemon"));
    }

    Path socket() {
        return dir.resolve("socket");
    }

    Path pid() {
        return dir.resolve("pid");
    }

    Path log() {
        return dir.resolve("log");
    }

    boolean socketPathFits() {
        return socket().toString().getBytes(StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH;
    }

    /** Creates the folder private to this user; refuses one that is a link or that others may enter. */
    void createPrivate() throws IOException {
        Files.createDirectories(dir.getParent());
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }
}
