package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds into the same {@code --out} at once, from two projects that make different sites:
 * afterwards the folder holds exactly one of the two complete sites, never a mix, and no
 * temporary folder is left behind. Run both as threads of one process (a dev server rebuilding
 * while a command runs) and as two processes.
 */
class ConcurrentBuildTest {

    /** Threads are cheap: several rounds to meet the race; each process round starts two JVMs. */
    private static final int ROUNDS = 6;
    private static final int PROCESS_ROUNDS = 2;

    @TempDir
    Path tmp;

    private Path first;
    private Path second;
    private SortedMap<String, String> firstSite;
    private SortedMap<String, String> secondSite;

    @BeforeEach
    void twoProjectsAndTheSiteEachMakesAlone() {
        first = TestProjects.copy("basic", tmp.resolve("one"));
        second = TestProjects.copy("basic", tmp.resolve("two"));
        TestProjects.replace(second.resolve("content/site.yaml"), "title: Test Desk", "title: The Other Desk");
        firstSite = TestProjects.snapshot(build(first, tmp.resolve("alone-1")));
        secondSite = TestProjects.snapshot(build(second, tmp.resolve("alone-2")));
        assertTrue(!firstSite.equals(secondSite), "the two projects must make different sites");
    }

    @Test
    void twoBuildsInOneProcessLeaveOneCompleteSite() throws Exception {
        Path out = tmp.resolve("shared/site");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Optional<Integer>>> builds = new ArrayList<>();
                for (Path root : List.of(first, second)) {
                    builds.add(pool.submit(() -> {
                        start.await();
                        return new Build(root).write(out, new Diagnostics());
                    }));
                }
                for (Future<Optional<Integer>> b : builds) assertTrue(b.get(60, TimeUnit.SECONDS).isPresent(), "both builds succeed");
                assertOneCompleteSite(out);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoBuildProcessesLeaveOneCompleteSite() throws Exception {
        Path out = tmp.resolve("shared/site");
        for (int round = 0; round < PROCESS_ROUNDS; round++) {
            Process a = factcheck(first, out);
            Process b = factcheck(second, out);
            for (Process p : List.of(a, b)) {
                assertTrue(p.waitFor(120, TimeUnit.SECONDS), "build finished");
                assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
            }
            assertOneCompleteSite(out);
        }
    }

    private void assertOneCompleteSite(Path out) throws Exception {
        SortedMap<String, String> site = TestProjects.snapshot(out);
        assertTrue(site.equals(firstSite) || site.equals(secondSite),
                "the output is exactly one of the two sites, file for file and byte for byte: " + site.keySet());
        try (Stream<Path> s = Files.list(out.getParent())) {
            assertEquals(List.of("site"), s.map(p -> p.getFileName().toString())
                            .filter(n -> !n.equals(".site.lock") && !n.equals(".site.previous")).sorted().toList(),
                    "no temporary folder is left beside the site (the lock and the replaced site, which the next build deletes, aside)");
        }
    }

    /** {@code factcheck build} in a new JVM, on this test's class path. */
    private static Process factcheck(Path root, Path out) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "factcheck.cli.Main",
                "build", "--root", root.toString(), "--out", out.toString())
                .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static Path build(Path root, Path out) {
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        return out;
    }
}
