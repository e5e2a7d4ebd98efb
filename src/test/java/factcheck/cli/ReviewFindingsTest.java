package factcheck.cli;

import static factcheck.TestProjects.replace;
import static factcheck.TestProjects.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures found in review: each must give one clear, repeatable message and lose nothing. */
class ReviewFindingsTest {

    @TempDir
    Path tmp;

    @Test
    void aTemplateThatFailsOnManyPagesReportsTheSameFirstPageEveryRunAndLeavesNoTemporaryFolder() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("templates/claim.html"), "<h1 th:text=\"${c.claim}\">Claim</h1>", "<h1 th:text=\"${c.noSuchField}\">Claim</h1>");
        String first = null;
        for (int i = 0; i < 4; i++) {
            Cli r = Cli.run("build", "--root", root.toString());
            assertEquals(1, r.status(), r.err());
            assertTrue(r.err().contains("templates/claim.html") && r.err().contains("claims/budget-rose/index.html"), r.err());
            assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
            if (first == null) first = r.err();
            assertEquals(first, r.err(), "the same error every run");
            try (Stream<Path> s = Files.list(root)) {
                assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site.new")).count(), "no temporary folder left");
            }
        }
    }

    @Test
    void markdownNestedThousandsOfLevelsDeepIsAContentErrorNotACrash() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "  The two accounts disagree", "  " + ">".repeat(50_000) + " deep\n\n  The two accounts disagree");
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:9:11: `analysis` nests quotes or lists more than 32 levels deep"), r.err());
        assertFalse(r.err().contains("StackOverflow"), r.err());
    }

    @Test
    void aFolderWithAnIndexPageThatFactcheckDidNotBuildIsNeverReplaced() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        Path www = Files.createDirectories(tmp.resolve("www/photos"));
        Files.writeString(tmp.resolve("www/index.html"), "<p>my home page</p>");
        Files.writeString(www.resolve("a.jpg"), "photo");
        Cli r = Cli.run("build", "--root", root.toString(), "--out", tmp.resolve("www").toString());
        assertEquals(2, r.status(), r.err());
        assertTrue(Files.exists(www.resolve("a.jpg")));
    }

    @Test
    void anErrorInAListItemPointsAtThatItemEvenAfterABadOne() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "about: [mayor]", "about: [[x], ghost-actor]");
        Cli r = Cli.run("check", "--root", root.toString());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:5:9: each item of `about` must be text"), r.err());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:5:14: `about` names `ghost-actor`"), r.err());
    }

    @Test
    void aBrokenSiteConfigurationIsOneProblemNotOnePerClaim() {
        Path root = TestProjects.copy("basic", tmp);
        write(root.resolve("content/site.yaml"), "title: [unclosed\n");
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/site.yaml:"), r.err());
        assertFalse(r.err().contains("`rating` names"), "no error per claim for the ratings that could not be read: " + r.err());
    }
}
