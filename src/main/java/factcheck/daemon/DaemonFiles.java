package factcheck.daemon;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Where the user's build daemon lives: one folder per user, which only that user may enter, so
 * only that user can connect to the socket inside it. One daemon serves every project root of
 * its user, as Gradle's does: a dozen projects built one after another share one JVM instead of
 * leaving a dozen behind. The folder is {@code $FACTCHECK_DAEMON_DIR} when set (tests, or a user
 * who wants daemons kept apart), else {@code $XDG_RUNTIME_DIR/factcheck} (a per-user folder that
 * the system empties at logout), else {@code ~/.cache/factcheck/daemon}.
 */
record DaemonFiles(Path dir) {

    /** Unix socket paths are limited to 108 bytes on Linux; past that there is no daemon. */
    private static final int MAX_SOCKET_PATH = 100;

    /** The daemon folder for the user whose environment this is; null when none can be named. */
    static DaemonFiles forUser(Map<String, String> env) {
        String explicit = env.get("FACTCHECK_DAEMON_DIR");
        if (explicit != null && !explicit.isBlank()) return new DaemonFiles(Path.of(explicit).toAbsolutePath().normalize());
        String runtime = env.get("XDG_RUNTIME_DIR");
        if (runtime != null && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))) {
            return new DaemonFiles(Path.of(runtime).resolve("factcheck"));
        }
        String cache = env.get("XDG_CACHE_HOME");
        if (cache != null && Path.of(cache).isAbsolute()) return new DaemonFiles(Path.of(cache).resolve("factcheck").resolve("daemon"));
        String home = env.getOrDefault("HOME", System.getProperty("user.home", ""));
        if (home.isEmpty() || !Path.of(home).isAbsolute()) return null;
        return new DaemonFiles(Path.of(home).resolve(".cache").resolve("factcheck").resolve("daemon"));
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

    /**
     * Whether the folder is this user's alone: a real folder (not a link), owned by this user, that
     * no one else may enter. The client checks it before it connects, since whoever answers on
     * the socket gets the build's arguments and says what the build printed: a socket in a folder
     * another user made could be theirs.
     */
    boolean isPrivate() {
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) return false;
            return ownedByThisUser() && PosixFilePermissions.toString(Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)).equals("rwx------");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Creates the folder private to this user; refuses (IOException) one that is a link, that
     * another user owns, or whose permissions cannot be made owner-only.
     */
    void createPrivate() throws IOException {
        Files.createDirectories(dir.getParent());
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        if (!ownedByThisUser()) throw new IOException(dir + " belongs to another user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    /** Whether the folder (not what a link there points to) belongs to the user this process runs as. */
    private boolean ownedByThisUser() throws IOException {
        return Files.getAttribute(dir, "unix:uid", LinkOption.NOFOLLOW_LINKS).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    }
}
