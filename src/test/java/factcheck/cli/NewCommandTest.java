package factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

    @TempDir
    Path tmp;

    /** Fills every placeholder of a scaffold with valid values of the basic fixture. */
    private static void fill(Path file, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) TestProjects.replace(file, pairs[i], pairs[i + 1]);
        String text = TestProjects.read(file);
        assertFalse(text.contains("TODO-") || text.contains("\"TODO:"), "every placeholder filled: " + text);
    }

    @Test
    void newClaimCreatesTheFileWithEveryFieldAndOnceFilledInItPassesCheck() {
        Path root = TestProjects.copy("basic", tmp);
        Cli r = Cli.run("new", "claim", "mayor-resigned", "--root", root.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("content/claims/mayor-resigned.yaml"), r.out());
        Path file = root.resolve("content/claims/mayor-resigned.yaml");
        String text = TestProjects.read(file);
        for (String field : new String[] {"claim:", "claimant:", "appearance:", "date:", "about:", "topics:", "rating:", "summary:",
                "analysis:", "reviewed:", "citations:", "source:", "quote:", "prefix:", "suffix:", "stance:", "note:", "updates:"}) {
            assertTrue(text.contains(field), field + " in\n" + text);
        }
        assertEquals(1, Cli.run("check", "--root", root.toString()).status(), "placeholders do not pass check");
        fill(file, "TODO: the claim as stated, one sentence", "The mayor resigned.",
                "TODO-actor-id", "council",
                "TODO-rating-id", "unproven",
                "TODO: one or two sentences: why this rating", "Only the letter says so.",
                "TODO-source-id", "letter",
                "TODO: exact words from the source's text", "I counted twelve injured officers");
        Cli check = Cli.run("check", "--root", root.toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("3 claims"), check.out());
    }

    @Test
    void checkRejectsEveryPlaceholderThatNewWritesInOneRun() {
        Path root = TestProjects.copy("basic", tmp);
        assertEquals(0, Cli.run("new", "claim", "mayor-resigned", "--root", root.toString()).status());
        Cli check = Cli.run("check", "--root", root.toString());
        assertEquals(1, check.status());
        for (String field : new String[] {"claim", "claimant", "rating", "summary", "source", "quote"}) {
            assertTrue(check.err().contains("`" + field + "` still holds the placeholder that `factcheck new` wrote"), field + ":\n" + check.err());
        }

        // Ids and quote filled in, the claim and summary left as `new` wrote them: a page would publish them.
        Path claim = root.resolve("content/claims/mayor-resigned.yaml");
        for (String[] pair : new String[][] {{"TODO-actor-id", "council"}, {"TODO-rating-id", "unproven"}, {"TODO-source-id", "letter"},
                {"TODO: exact words from the source's text", "I counted twelve injured officers"}}) {
            TestProjects.replace(claim, pair[0], pair[1]);
        }
        check = Cli.run("check", "--root", root.toString());
        assertEquals(1, check.status(), "placeholder text does not pass check");
        assertTrue(check.err().contains("mayor-resigned.yaml:5:8: `claim` still holds the placeholder"), check.err());
    }

    @Test
    void newActorAndNewSourceOnceFilledInPassCheck() {
        Path root = TestProjects.copy("basic", tmp);
        assertEquals(0, Cli.run("new", "actor", "police-chief", "--root", root.toString()).status());
        assertEquals(0, Cli.run("new", "source", "second-letter", "--root", root.toString()).status());
        fill(root.resolve("content/actors/police-chief.yaml"), "TODO: the name, as the articles write it", "The Police Chief",
                "TODO-kind", "person");
        fill(root.resolve("content/sources/second-letter.yaml"), "TODO: the article's title", "A second letter",
                "TODO-article.txt", "letter.txt");
        Cli check = Cli.run("check", "--root", root.toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("3 actors, 3 sources"), check.out());
    }

    @Test
    void anExistingIdIsRefusedWithExitTwoAndTheFileIsLeftAlone() {
        Path root = TestProjects.copy("basic", tmp);
        Path existing = root.resolve("content/claims/officers-hurt.yaml");
        String before = TestProjects.read(existing);
        Cli r = Cli.run("new", "claim", "officers-hurt", "--root", root.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("error: a claim with id `officers-hurt` already exists (content/claims/officers-hurt.yaml)"), r.err());
        assertEquals(before, TestProjects.read(existing));
        Cli actor = Cli.run("new", "actor", "mayor", "--root", root.toString());
        assertTrue(actor.err().startsWith("error: an actor with id `mayor` already exists"), actor.err());
    }

    @Test
    void anInvalidIdOrKindIsRefusedWithExitTwo() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        for (String id : new String[] {"Mayor", "café", "mayor_resigned", "mayor.resigned", "../escape"}) {
            Cli r = Cli.run("new", "claim", id, "--root", root.toString());
            assertEquals(2, r.status(), id + ": " + r.err());
            assertTrue(r.err().contains("is not a valid id"), r.err());
        }
        assertEquals(2, Cli.run("new", "claim", "-mayor", "--root", root.toString()).status());
        assertEquals(2, Cli.run("new", "verdict", "x", "--root", root.toString()).status());
        assertEquals(2, Cli.run("new", "claim", "--root", root.toString()).status());
        try (var files = Files.list(root.resolve("content/claims"))) {
            assertEquals(2, files.count(), "nothing created");
        }
    }

    @Test
    void outsideAProjectNothingIsCreated() {
        Cli r = Cli.run("new", "claim", "x", "--root", tmp.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no content/ folder"), r.err());
        assertFalse(Files.exists(tmp.resolve("content")));
    }
}
