package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A draft is checked like any claim, and nothing of it reaches the built site: no page, list, tally, feed, JSON or search. */
class DraftsTest {

    private static final String WORDS = "Zeppelins landed on the town hall";

    @TempDir
    Path tmp;

    private Path projectWithADraft(String status) {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("content/claims/zeppelins.yaml"), TestProjects.claimRecord(7, "false", "airships", "mayor",
                "Nobody saw them.").replace("claim: Claim number 7.", "claim: " + WORDS + ".") + "status: " + status + "\nreviewedBy: [editor]\n");
        TestProjects.write(root.resolve("content/actors/editor.yaml"), "name: A. Editor\nkind: person\nstaff: true\n");
        return root;
    }

    @Test
    void aDraftReachesNoFileOfTheBuiltSite() throws IOException {
        Path root = projectWithADraft("draft");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        List<Path> files;
        try (Stream<Path> walk = Files.walk(tmp.resolve("out"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            assertFalse(text.contains("Zeppelins") || text.contains("zeppelins") || text.contains("airships"), f + " holds the draft");
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith("claims.json")) && files.stream().anyMatch(f -> f.toString().contains("search/shards")));
    }

    @Test
    void aDraftIsCheckedLikeAnyClaim() {
        Path root = projectWithADraft("review");
        TestProjects.replace(root.resolve("content/claims/zeppelins.yaml"), "quote: the budget rose", "quote: the budget fell");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).check(d).isEmpty());
        assertTrue(d.report().contains("zeppelins.yaml") && d.report().contains("quote not found"), d.report());
    }

    @Test
    void anUnknownStatusIsAnErrorAndAReviewerMustBeAnActor() {
        Path root = projectWithADraft("ready");
        TestProjects.replace(root.resolve("content/claims/zeppelins.yaml"), "reviewedBy: [editor]", "reviewedBy: [editr, council]");
        Diagnostics d = new Diagnostics();
        new Build(root).check(d);
        assertTrue(d.report().contains("unknown status `ready`") && d.report().contains("use one of: draft, review, published"), d.report());
        assertTrue(d.report().contains("names `editr`, which does not exist") && d.report().contains("did you mean `editor`?"), d.report());
        assertTrue(d.report().contains("`reviewedBy` names `council`, who is not on the desk's staff")
                && d.report().contains("add `staff: true` to content/actors/council.yaml"), d.report());
    }

    @Test
    void aPublishedClaimSaysWhoReviewedIt() throws IOException {
        Path root = projectWithADraft("published");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        String page = Files.readString(tmp.resolve("out/claims/zeppelins/index.html"));
        assertTrue(page.contains("Reviewed by <a href=\"../../actors/editor/index.html\">A. Editor</a>"), page);
    }
}
