package factcheck.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.load.FileChanges;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve shows drafts, so that an editor can read one before it is published, with a banner that says so. */
class DraftsInServeTest {

    @TempDir
    Path tmp;

    @Test
    void serveShowsADraftWithABanner() {
        Path root = TestProjects.copy("basic", tmp).toAbsolutePath().normalize();
        TestProjects.write(root.resolve("content/claims/zeppelins.yaml"), TestProjects.claimRecord(7, "false", "airships", "mayor", "Nobody saw them.")
                .replace("claim: Claim number 7.", "claim: Zeppelins landed on the town hall.") + "status: draft\n");
        BuildResult result = new MemoryBuild(root).run(FileChanges.unknown());
        assertTrue(result.ok(), String.valueOf(result.errors()));
        String page = new String(result.site().file("claims/zeppelins/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("Zeppelins landed on the town hall."), "serve shows the draft");
        assertTrue(page.contains("class=\"unpublished\"") && page.contains("<strong>Draft</strong>"), page);
        String published = new String(result.site().file("claims/budget-rose/index.html"), StandardCharsets.UTF_8);
        assertTrue(!published.contains("class=\"unpublished\""), "no banner on a published claim");
    }
}
