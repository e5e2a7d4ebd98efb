package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.nio.file.Path;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading, citing and rendering run on parallel streams: the site must not depend on how many threads there are. */
class ThreadCountTest {

    @TempDir
    Path tmp;

    /** Builds inside a pool of {@code threads}: parallel streams started from it run on it. */
    private Path buildWith(int threads, Path root, String out) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> {
                Diagnostics d = new Diagnostics();
                assertTrue(new Build(root).write(tmp.resolve(out), d).isPresent(), d.report());
                return tmp.resolve(out);
            }).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void oneThreadAndEightWriteTheSameSite() throws Exception {
        Path root = TestProjects.copyShipped(tmp);
        assertEquals(TestProjects.snapshot(buildWith(1, root, "one")), TestProjects.snapshot(buildWith(8, root, "eight")));
    }
}
