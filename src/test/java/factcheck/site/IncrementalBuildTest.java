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

/** Builds that reuse what earlier builds kept (the build daemon's caches) write exactly what a fresh build writes. */
class IncrementalBuildTest {

    @TempDir
    Path tmp;

    private final BuildCaches caches = BuildCaches.keeping();
    private Path root;
    private Path out;
    private int pages;

    @BeforeEach
    void firstBuild() {
        root = TestProjects.copy("basic", tmp);
        out = tmp.resolve("out");
        pages = build(new Build(root, caches));
    }

    private int build(Build build) {
        Diagnostics d = new Diagnostics();
        assertTrue(build.write(out, d).isPresent(), d.report());
        return build.pagesRendered();
    }

    private void assertEqualsAFreshBuild() {
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("fresh"), d).isPresent(), d.report());
        assertEquals(TestProjects.snapshot(tmp.resolve("fresh")), TestProjects.snapshot(out));
    }

    @Test
    void anEditRendersOnlyThePagesItTouchesAndTheSiteEqualsAFreshBuild() throws IOException {
        Object untouched = Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino");
        replace(root.resolve("content/claims/budget-rose.yaml"), "summary: The report says so twice.", "summary: The report says so, twice.");
        int rendered = build(new Build(root, caches));
        assertTrue(rendered > 0 && rendered < pages, rendered + " of " + pages + " pages rendered");
        assertEquals(untouched, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino"));
        assertEqualsAFreshBuild();

        replace(root.resolve("seeds/report.txt"), "report", "Report"); // an article: its page and the claims quoting it
        Diagnostics d = new Diagnostics();
        new Build(root, caches).write(out, d); // may fail (a quote no longer matches): either way, the same as a fresh build would
        if (!d.hasErrors()) assertEqualsAFreshBuild();
    }

    @Test
    void anUnchangedClaimNamingAnActorThatWasDeletedIsReportedAgain() throws IOException {
        Files.delete(root.resolve("content/actors/council.yaml"));
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root, caches).write(out, d).isEmpty(), "the claims kept from the last build name an actor that is gone");
        assertTrue(d.report().contains("names `council`, which does not exist"), d.report());
    }

    @Test
    void aPageChangedByHandIsRenderedAgain() throws IOException {
        Path page = out.resolve("claims/budget-rose/index.html");
        byte[] built = Files.readAllBytes(page);
        Files.writeString(page, "edited by hand");
        build(new Build(root, caches));
        assertEquals(new String(built, java.nio.charset.StandardCharsets.UTF_8), Files.readString(page),
                "the output no longer lists as the last build left it: nothing is taken as unchanged");
    }

    @Test
    void aTemplateChangeRendersThePagesMadeFromItAlone() throws IOException {
        long topicPages;
        try (var files = Files.walk(out.resolve("topics"))) {
            topicPages = files.filter(f -> f.getFileName().toString().equals("index.html")).count() - 1; // not the topic index
        }
        replace(root.resolve("templates/topic.html"), "<p class=\"meta\" th:text=\"#{tally.label}\">", "<p class=\"meta\" th:text=\"'The verdicts on these claims:'\">");
        assertEquals(topicPages, build(new Build(root, caches)), "the topic pages, and no other");
        assertTrue(Files.readString(out.resolve("topics/injuries/index.html")).contains("The verdicts on these claims:"));
        assertEqualsAFreshBuild();
    }

    @Test
    void aLayoutChangeOrForceRendersEveryPage() {
        replace(root.resolve("templates/layout.html"), "Skip to content", "Skip to the content");
        assertEquals(pages, build(new Build(root, caches)));
        assertEqualsAFreshBuild();
        assertEquals(pages, build(new Build(root, caches).full()));
        assertEquals(pages, build(new Build(root, caches)), "--force forgot what was kept");
        assertEquals(0, build(new Build(root, caches)), "nothing changed: nothing rendered");
        assertEqualsAFreshBuild();
    }
}
