package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a daemon knows of an output folder it did not build itself (started after the build that made it). */
class BuildCachesTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderFoundUnchangedIsCheckedEntryByEntryAfterwardsAndStillSeesAnEdit() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path out = tmp.resolve("out").toAbsolutePath().normalize();
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());

        BuildCaches daemon = BuildCaches.keeping();
        assertNull(daemon.outputAsNow(out), "a new daemon knows nothing of the folder");
        Listing walked = Listing.of(out);
        daemon.foundUnchanged(out, walked);
        assertEquals(walked.digest(), daemon.outputAsNow(out).digest());
        assertEquals(walked.files(), daemon.prepare(new factcheck.model.Theme(java.util.Map.of(), java.util.Map.of(), factcheck.model.Messages.none("en")), out, walked, false).outputHolds(),
                "the folder holds the files listed");
        daemon.foundUnchanged(out, walked); // prepare forgot it until the build it prepares is recorded

        Files.writeString(out.resolve("claims/budget-rose/index.html"), "edited by hand");
        assertNotEquals(walked.digest(), daemon.outputAsNow(out).digest(), "an edit by hand is still seen");
        assertTrue(walked.files().contains("claims/budget-rose/index.html") && !walked.files().contains("claims"),
                "files, not folders");
    }

    @Test
    void aFolderFoundUnchangedIsNotTakenToHoldWhatTheRendererLastWroteElsewhere() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path a = tmp.resolve("a").toAbsolutePath().normalize();
        Path b = tmp.resolve("b").toAbsolutePath().normalize();
        Path claim = root.resolve("content/claims/budget-rose.yaml");
        BuildCaches daemon = BuildCaches.keeping();
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root, daemon).write(a, d).isPresent(), d.report()); // the daemon renders `a`

        TestProjects.replace(claim, "summary: The report says so twice.", "summary: Edited, then put back.");
        assertTrue(new Build(root).write(b, d).isPresent(), d.report()); // `b` built without the daemon
        daemon.foundUnchanged(b, Listing.of(b)); // as the daemon's no-change check finds it
        TestProjects.replace(claim, "summary: Edited, then put back.", "summary: The report says so twice.");

        assertTrue(new Build(root, daemon).write(b, d).isPresent(), d.report());
        assertTrue(new Build(root).write(tmp.resolve("fresh"), d).isPresent(), d.report());
        assertEquals(TestProjects.snapshot(tmp.resolve("fresh")), TestProjects.snapshot(b),
                "the pages the renderer remembers are of `a`: they must not be taken for what `b` holds");
    }
}
