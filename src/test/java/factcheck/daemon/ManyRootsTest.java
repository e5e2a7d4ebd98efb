package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dozen project roots built through one real daemon process, as a script that builds a preview
 * per branch does: one daemon serves them all, what it holds resident once builds pause stays
 * under 400 MB, and it is gone a few seconds after the roots are deleted.
 */
class ManyRootsTest {

    private static final int ROOTS = 12;
    private static final long MAX_RESIDENT_KB = 400L * 1024;

    @TempDir
    Path tmp;

    @Test
    void aDozenRootsShareOneDaemonThatStaysSmallAndLeavesWhenTheyAreGone() throws Exception {
        DaemonFiles files = new DaemonFiles(tmp.resolve("daemon"));
        List<Path> roots = new ArrayList<>();
        Optional<ProcessHandle> daemon = Optional.empty();
        try {
            for (int r = 0; r < ROOTS; r++) {
                Path root = TestProjects.copy("basic", tmp.resolve("branch-" + r));
                for (int i = 0; i < 150; i++) {
                    TestProjects.write(root.resolve("content/claims/many-" + i + ".yaml"),
                            TestProjects.claimRecord(i, "false", "t" + (i % 5), "council", "Summary " + i + " of branch " + r + "."));
                }
                roots.add(root);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                Optional<Integer> status = new DaemonClient(root, new PrintStream(out, true), new PrintStream(err, true),
                        DaemonClient::startProcess, CodeStamp::current, files).build(List.of("build"));
                assertEquals(Optional.of(0), status, "branch " + r + ": " + err.toString(StandardCharsets.UTF_8));
                assertTrue(Files.isRegularFile(root.resolve("site/claims/many-0/index.html")));
                ProcessHandle now = ProcessHandle.of(Long.parseLong(Files.readString(files.pid()).strip())).orElseThrow();
                if (daemon.isPresent()) assertEquals(daemon.get().pid(), now.pid(), "branch " + r + " was built by the same daemon");
                daemon = Optional.of(now);
            }
            long pid = daemon.get().pid();
            // Memory goes back a few seconds after the last build: wait for that, then read it.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            long resident = residentKb(pid);
            while (resident > MAX_RESIDENT_KB && System.nanoTime() < deadline) {
                Thread.sleep(250);
                resident = residentKb(pid);
            }
            System.out.println("daemon resident after " + ROOTS + " roots: " + resident / 1024 + " MB");
            assertTrue(resident <= MAX_RESIDENT_KB, "the daemon holds " + resident / 1024 + " MB resident after " + ROOTS + " roots");

            for (Path root : roots) TestProjects.deleteTree(root);
            assertTrue(daemon.get().onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).get() != null || !daemon.get().isAlive(),
                    "the daemon still runs 10 s after every root it built was deleted");
            assertTrue(!Files.exists(files.socket()), "and it took its socket with it");
        } finally {
            daemon.filter(ProcessHandle::isAlive).ifPresent(p -> {
                p.destroyForcibly();
                p.onExit().join();
            });
        }
    }

    private static long residentKb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", ""));
        }
        throw new IOException("no VmRSS for " + pid);
    }
}
