package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaemonFilesTest {

    @TempDir
    Path tmp;

    @Test
    void theFolderIsChosenFromTheUsersEnvironmentOnePerUserNotPerProject() {
        Path runtime = tmp.resolve("run");
        runtime.toFile().mkdirs();
        assertEquals(tmp.resolve("mine"), DaemonFiles.forUser(Map.of("FACTCHECK_DAEMON_DIR", tmp.resolve("mine").toString(), "HOME", "/home/x")).dir());
        assertEquals(runtime.resolve("factcheck"), DaemonFiles.forUser(Map.of("XDG_RUNTIME_DIR", runtime.toString(), "HOME", "/home/x")).dir());
        assertEquals(Path.of("/c/factcheck/daemon"), DaemonFiles.forUser(Map.of("XDG_RUNTIME_DIR", tmp.resolve("absent").toString(), "XDG_CACHE_HOME", "/c")).dir());
        assertEquals(Path.of("/home/x/.cache/factcheck/daemon"), DaemonFiles.forUser(Map.of("HOME", "/home/x")).dir());
        assertNull(DaemonFiles.forUser(Map.of("HOME", "relative")), "no folder to name: no daemon");
    }

    @Test
    void onlyAFolderOfThisUsersOwnThatNoOneElseMayEnterIsTrustedWithASocket() throws Exception {
        DaemonFiles files = new DaemonFiles(tmp.resolve("daemon"));
        assertFalse(files.isPrivate(), "no folder yet");
        files.createPrivate();
        assertTrue(files.isPrivate());
        Files.setPosixFilePermissions(files.dir(), PosixFilePermissions.fromString("rwxr-xr-x"));
        assertFalse(files.isPrivate(), "others may enter it");
        files.createPrivate();
        assertTrue(files.isPrivate(), "made private again");
        Path link = tmp.resolve("link");
        Files.createSymbolicLink(link, files.dir());
        assertFalse(new DaemonFiles(link).isPrivate(), "a link could be swapped for another folder");
    }
}
