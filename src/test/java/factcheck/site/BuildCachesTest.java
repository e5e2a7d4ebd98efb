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
        assertEquals(walked.files(), daemon.prepare(java.util.Map.of(), out, walked, false).outputHolds(),
                "the folder holds the files listed");
        daemon.foundUnchanged(out, walked); // prepare forgot it until the build it prepares is recorded

        Files.writeString(out.resolve("claims/budget-rose/index.html"), "edited by hand");
        assertNotEquals(walked.digest(), daemon.outputAsNow(out).digest(), "an edit by hand is still seen");
        assertTrue(walked.files().contains("claims/budget-rose/index.html") && !walked.files().contains("claims"),
                "files, not folders");
    }
}
