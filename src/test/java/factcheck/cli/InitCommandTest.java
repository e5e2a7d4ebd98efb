package factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.LinkCrawler;
import factcheck.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `factcheck init DIR` makes a project that checks, builds and links up as it is. */
class InitCommandTest {

    @TempDir
    Path tmp;

    @Test
    void aNewProjectChecksBuildsAndHasNoBrokenLink() {
        Path desk = tmp.resolve("desk");
        Cli init = Cli.run("init", desk.toString());
        assertEquals(0, init.status(), init.err());
        assertTrue(init.out().contains("created a project in " + desk), init.out());
        for (String file : List.of("content/site.yaml", "templates/layout.html", "templates/assets/style.css", ".gitignore", "README.md")) {
            assertTrue(Files.isRegularFile(desk.resolve(file)), file);
        }
        assertEquals(TestProjects.read(TestProjects.REPO.resolve("templates/claim.html")), TestProjects.read(desk.resolve("templates/claim.html")));
        assertTrue(TestProjects.read(desk.resolve(".gitignore")).contains(".factcheck/"));

        Cli check = Cli.run("check", "--root", desk.toString());
        assertEquals(0, check.status(), check.err());
        assertTrue(check.out().contains("1 claim, 1 actor, 1 source"), check.out());
        Cli build = Cli.run("build", "--no-daemon", "--root", desk.toString());
        assertEquals(0, build.status(), build.err());
        assertEquals(List.of(), new LinkCrawler(desk.resolve("site")).crawl());
        assertTrue(Files.isRegularFile(desk.resolve("site/claims/bus-lanes-save-ten-minutes/index.html")));
    }

    @Test
    void aFolderThatHoldsSomethingIsLeftAlone() {
        Path taken = tmp.resolve("taken");
        TestProjects.write(taken.resolve("notes.txt"), "mine");
        Cli r = Cli.run("init", taken.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("already exists and is not an empty folder"), r.err());
        try (var entries = Files.list(taken)) {
            assertEquals(List.of(taken.resolve("notes.txt")), entries.toList(), "nothing written beside what was there");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
