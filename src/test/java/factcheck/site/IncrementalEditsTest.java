package factcheck.site;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site of several pages of claims edited the ways a desk edits it, rebuilt by the daemon's
 * caches after each edit: every rebuild equals a fresh build of the same content. Claims move
 * between verdicts, topics and pages; actors and articles change under unchanged claims.
 */
class IncrementalEditsTest {

    private static final int CLAIMS = 110;

    @TempDir
    Path tmp;

    private final BuildCaches caches = BuildCaches.keeping();
    private Path root;
    private Path out;

    private static String claim(int i, String rating, String topic, String claimant) {
        return TestProjects.claimRecord(i, rating, topic, claimant, "Summary " + i + ".");
    }

    private Path claimFile(int i) {
        return root.resolve("content/claims/many-" + String.format("%03d", i) + ".yaml");
    }

    @BeforeEach
    void project() {
        root = TestProjects.copy("basic", tmp);
        for (int i = 0; i < CLAIMS; i++) TestProjects.write(claimFile(i), claim(i, i % 2 == 0 ? "false" : "true", "t" + (i % 3), "council"));
        out = tmp.resolve("out");
        rebuildEqualsAFreshBuild("first build");
    }

    private void rebuildEqualsAFreshBuild(String after) {
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root, caches).write(out, d).isPresent(), after + ": " + d.report());
        Path fresh = tmp.resolve("fresh");
        if (Files.exists(fresh)) TestProjects.deleteTree(fresh);
        Diagnostics f = new Diagnostics();
        assertTrue(new Build(root).write(fresh, f).isPresent(), f.report());
        assertEquals(TestProjects.snapshot(fresh), TestProjects.snapshot(out), "after " + after);
    }

    @Test
    void everyRebuildEqualsAFreshBuild() throws IOException {
        TestProjects.write(claimFile(3), claim(3, "false", "t0", "council"));
        rebuildEqualsAFreshBuild("a claim moved to another verdict and topic");

        TestProjects.write(claimFile(50), claim(50, "false", "t2", "mayor").replace("2020-02-20", "2030-01-01"));
        rebuildEqualsAFreshBuild("a claim reviewed later moved to the first page, and to another claimant");

        Files.delete(claimFile(0));
        Files.delete(claimFile(2));
        rebuildEqualsAFreshBuild("claims deleted: pages shrink");

        for (int i = CLAIMS; i < CLAIMS + 45; i++) TestProjects.write(claimFile(i), claim(i, "false", "t1", "council"));
        rebuildEqualsAFreshBuild("claims added: a new page");

        replace(root.resolve("content/actors/council.yaml"), "name: City Council", "name: The City Council");
        rebuildEqualsAFreshBuild("the claimant of unchanged claims renamed");

        replace(root.resolve("content/site.yaml"), "label: False", "label: Wrong");
        rebuildEqualsAFreshBuild("a verdict's label changed");

        replace(root.resolve("content/sources/report.yaml"), "The council's own report.", "The council's own report, read with care.");
        rebuildEqualsAFreshBuild("an article's record changed under the claims citing it");

        rebuildEqualsAFreshBuild("nothing changed");
    }
}
