package factcheck.daemon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RootCachesTest {

    @TempDir
    Path tmp;

    @Test
    void overTheBudgetTheRootsBuiltLongestAgoGoFirstAndTheLastOneStays() {
        RootCaches roots = new RootCaches();
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), c = tmp.resolve("c");
        var cachesOfA = roots.of(a);
        roots.of(b);
        roots.of(c);
        assertSame(cachesOfA, roots.of(a), "a root keeps its caches from build to build; a is now the last built");
        AtomicLong used = new AtomicLong(300);
        // Each root dropped frees 100 "bytes".
        roots.fitInto(150, () -> used.get() - 100L * (3 - roots.size()));
        assertEquals(1, roots.size());
        assertTrue(roots.holds(a), "the root built last stays");
        assertFalse(roots.holds(b) || roots.holds(c));

        roots.fitInto(0, () -> 1_000);
        assertTrue(roots.holds(a), "even over the budget, the root built last is kept");
        roots.fitInto(1_000, () -> 10);
        assertEquals(1, roots.size(), "under the budget nothing is dropped");
        assertNotSame(cachesOfA, roots.of(b), "a dropped root starts again empty");
    }

    @Test
    void aRootWhoseFolderIsGoneIsDropped() throws Exception {
        RootCaches roots = new RootCaches();
        Path kept = TestProjects.copy("basic", tmp.resolve("kept"));
        Path gone = TestProjects.copy("basic", tmp.resolve("gone"));
        roots.of(kept);
        roots.of(gone);
        assertFalse(roots.dropGone(), "both are there");
        TestProjects.deleteTree(gone);
        assertFalse(Files.exists(gone));
        assertTrue(roots.dropGone());
        assertTrue(roots.holds(kept));
        assertFalse(roots.holds(gone));
    }

    @Test
    void rootsStayKnownWhenTheirCachesGoSoThatAnIdleDaemonDoesNotLeaveForThat() throws Exception {
        RootCaches roots = new RootCaches();
        Path root = TestProjects.copy("basic", tmp.resolve("desk"));
        roots.of(root);
        roots.clear();
        assertEquals(0, roots.size(), "an idle daemon drops every root's caches");
        assertEquals(1, roots.rootsThere(), "but still knows the root is there");
        Files.move(root.resolve("content"), tmp.resolve("content-aside"));
        assertTrue(roots.of(root) != null && roots.dropGone(), "content/ moved away: its caches go");
        assertEquals(1, roots.rootsThere(), "the root's folder is still there: a branch being switched");
        TestProjects.deleteTree(root);
        roots.dropGone();
        assertEquals(0, roots.rootsThere());
    }
}
