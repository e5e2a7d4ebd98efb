package factcheck.daemon;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daemon and its client in this JVM: the daemon runs on a thread where a real one runs in its own process. */
class BuildDaemonTest {

    @TempDir
    Path tmp;

    private final List<Thread> daemons = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicReference<String> code = new AtomicReference<>("v1");
    private Duration idle = Duration.ofSeconds(30);
    /** The code a daemon started now runs: by default what {@code code} says at each look, as a jar on disk. */
    private java.util.function.Supplier<String> daemonCode = code::get;

    /** Starts the daemon as a thread, the way the real starter starts a process. */
    private boolean startThread(DaemonFiles files) {
        started.incrementAndGet();
        Thread t = new Thread(() -> {
            try {
                new BuildDaemon(files, idle, daemonCode).serve();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "test-daemon");
        t.setDaemon(true);
        t.start();
        daemons.add(t);
        return true;
    }

    /** This test's own daemon folder, where the user's would be. */
    private DaemonFiles files() {
        return new DaemonFiles(tmp.resolve("daemon"));
    }

    private record Run(Optional<Integer> status, String out, String err) {}

    private Run client(Path cwd, String... args) {
        return client(code::get, cwd, args);
    }

    private Run client(java.util.function.Supplier<String> clientCode, Path cwd, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Optional<Integer> status = new DaemonClient(cwd, new PrintStream(out, true), new PrintStream(err, true), this::startThread, clientCode, files())
                .build(List.of(args));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @AfterEach
    void stopDaemons() throws InterruptedException {
        for (Thread t : daemons) {
            t.interrupt(); // wakes its selector: the daemon ends as if idle
            t.join(5_000);
        }
    }

    @Test
    void aBuildThroughTheDaemonWritesWhatABuildInProcessWritesWherePathsAreRelativeToTheCaller() throws IOException {
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Run r = client(elsewhere, "build", "--root", "../project/basic", "--out", "public");
        assertEquals(Optional.of(0), r.status(), r.err());
        assertTrue(r.out().contains("built ") && r.out().contains(elsewhere.resolve("public").toString()), r.out());
        assertTrue(Files.isRegularFile(elsewhere.resolve("public/index.html")), "--out is relative to the caller, not the daemon");

        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("in-process"), d).isPresent(), d.report());
        assertEquals(TestProjects.snapshot(tmp.resolve("in-process")), TestProjects.snapshot(elsewhere.resolve("public")));

        assertEquals(Optional.of(0), client(root, "build", "--out", elsewhere.resolve("public").toString(), "--force").status(), "a second build reuses the daemon");
        assertEquals(1, started.get());
    }

    @Test
    void contentErrorsComeBackOnStandardErrorWithTheirStatus() {
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        replace(root.resolve("content/claims/officers-hurt.yaml"), "I counted twelve", "I counted thirteen");
        Run r = client(root, "build");
        assertEquals(Optional.of(1), r.status());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:"), r.err());
        assertTrue(r.err().contains("build failed: the previous site was left as it was"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aDaemonRunningOlderCodeMakesWayForANewOne() throws Exception {
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        assertEquals(Optional.of(0), client(root, "build").status());
        Thread first = daemons.get(0);
        code.set("v2"); // the jar was rebuilt: daemon and client see the new stamp
        Run r = client(root, "build", "--force");
        assertEquals(Optional.of(0), r.status(), r.err());
        assertEquals(2, started.get(), "a new daemon was started");
        first.join(5_000);
        assertFalse(first.isAlive(), "the stale daemon exited");
        assertTrue(Files.exists(files().socket()), "its exit did not take the new daemon's socket with it");
        assertEquals(Optional.of(0), client(root, "build", "--force").status());
        assertEquals(2, started.get());
    }

    @Test
    void anotherCopyOfFactcheckGetsADaemonRunningItsOwnCode() throws Exception {
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        assertEquals(Optional.of(0), client(root, "build").status());
        Thread first = daemons.get(0);
        daemonCode = () -> "another copy";
        Run r = client(() -> "another copy", root, "build", "--force");
        assertEquals(Optional.of(0), r.status(), r.err());
        assertEquals(2, started.get(), "the first daemon runs other code: it made way for one of the client's own");
        first.join(5_000);
        assertFalse(first.isAlive());
    }

    @Test
    void anIdleDaemonExitsAndRemovesItsSocket() throws Exception {
        idle = Duration.ofMillis(300);
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        assertEquals(Optional.of(0), client(root, "build").status());
        DaemonFiles files = files();
        assertTrue(Files.readString(files.pid()).strip().matches("\\d+"));
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> daemons.get(0).join());
        assertFalse(Files.exists(files.socket()));
        assertFalse(Files.exists(files.pid()));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(files.dir())),
                "only this user may reach the socket");
    }

    @Test
    void withoutADaemonTheBuildRunsInTheCallersProcess() throws IOException {
        Path root = TestProjects.copy("basic", tmp.resolve("project"));
        Run r = new Run(new DaemonClient(root, System.out, System.err, files -> false, code::get, files()).build(List.of("build")), "", "");
        assertEquals(Optional.empty(), r.status(), "no daemon could be started: the caller builds itself");
        Path noProject = Files.createDirectories(tmp.resolve("empty"));
        assertEquals(Optional.empty(), client(noProject, "build").status(), "no content/ here: the command itself says what is wrong");
        assertEquals(0, started.get());
    }
}
