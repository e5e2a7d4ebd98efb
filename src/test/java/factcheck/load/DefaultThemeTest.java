package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.LinkCrawler;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project keeps only the templates it changed; factcheck's own fill in the rest, as Hugo's theme lookup does. */
class DefaultThemeTest {

    @TempDir
    Path tmp;

    @Test
    void aProjectWithOneTemplateOfItsOwnBuildsWithFactchecksForTheRest() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        String claim = TestProjects.read(root.resolve("templates/claim.html"))
                .replace("<p class=\"kicker\" th:text=\"#{claim.kicker}\">Claim</p>", "<p class=\"kicker\">Our check</p>");
        deleteTree(root.resolve("templates"));
        TestProjects.write(root.resolve("templates/claim.html"), claim);
        Diagnostics d = new Diagnostics();
        Path out = tmp.resolve("out");
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        assertTrue(Files.readString(out.resolve("claims/budget-rose/index.html")).contains("<p class=\"kicker\">Our check</p>"), "its own template");
        assertTrue(Files.readString(out.resolve("actors/mayor/index.html")).contains("class=\"kicker\">person</p>"), "and factcheck's for an actor");
        assertTrue(Files.isRegularFile(out.resolve("assets/style.css")), "and factcheck's assets");
        assertEquals(List.of(), new LinkCrawler(out).crawl());
    }

    @Test
    void aProjectWithNoTemplatesAtAllBuildsWithFactchecks() {
        Path root = TestProjects.copy("basic", tmp);
        deleteTree(root.resolve("templates"));
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        assertEquals(0, d.count(), d.report());
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aSymlinkedTemplatesFolderIsRefusedAndNothingIsReadThroughIt() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path outside = tmp.resolve("outside");
        Files.move(root.resolve("templates"), outside);
        TestProjects.write(outside.resolve("messages/en.yaml"), "claim.kicker: OUTSIDE\n");
        Files.createSymbolicLink(root.resolve("templates"), outside);
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isEmpty());
        assertTrue(d.report().contains("templates:1:1: symbolic links are not followed: templates/ is one"), d.report());
    }
}
