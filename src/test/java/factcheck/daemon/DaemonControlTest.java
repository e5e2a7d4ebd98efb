package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factcheck daemon status|stop` on a real daemon process: seen while it runs, stopped, and its files gone. */
class DaemonControlTest {

    @TempDir
    Path tmp;

    @Test
    void aRunningDaemonIsSeenThenStoppedAndItsFilesGo() throws Exception {
        DaemonFiles files = new DaemonFiles(tmp.resolve("daemon"));
        DaemonControl control = new DaemonControl(files);
        assertTrue(control.status().startsWith("no build daemon is running"), control.status());
        assertEquals("no build daemon was running", control.stop(Duration.ofSeconds(1)));

        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<ProcessHandle> daemon = Optional.empty();
        try {
            Optional<Integer> status = new DaemonClient(root, new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true),
                    DaemonClient::startProcess, CodeStamp::current, files).build(List.of("build"));
            assertEquals(Optional.of(0), status, err.toString());
            daemon = control.running();
            assertTrue(daemon.isPresent(), "the build left its daemon running");
            assertTrue(control.status().startsWith("a build daemon is running: pid " + daemon.get().pid()), control.status());

            assertEquals("stopped the build daemon (pid " + daemon.get().pid() + ")", control.stop(Duration.ofSeconds(5)));
            assertFalse(daemon.get().isAlive());
            assertFalse(Files.exists(files.pid()), "its pid file is gone");
            assertTrue(control.running().isEmpty());
        } finally {
            daemon.filter(ProcessHandle::isAlive).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        }
    }

    @Test
    void aPidFileNamingAnotherProcessIsNotADaemon() throws Exception {
        DaemonFiles files = new DaemonFiles(tmp.resolve("daemon"));
        Files.createDirectories(files.dir());
        Files.writeString(files.pid(), ProcessHandle.current().pid() + "\n"); // this test's JVM: alive, and no daemon
        DaemonControl control = new DaemonControl(files);
        assertTrue(control.running().isEmpty());
        assertEquals("no build daemon was running", control.stop(Duration.ofSeconds(1)), "and it is not stopped");
    }
}
