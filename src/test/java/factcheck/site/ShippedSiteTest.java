package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.LinkCrawler;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped content builds, and the committed {@code site/} is exactly what a fresh build makes. */
class ShippedSiteTest {

    @TempDir
    static Path tmp;

    static Path fresh;
    static Project project;

    @BeforeAll
    static void buildTheShippedSite() {
        Diagnostics d = new Diagnostics();
        Build build = new Build(TestProjects.REPO);
        project = build.check(d).orElseThrow(() -> new AssertionError(d.report())).project();
        fresh = tmp.resolve("site");
        assertTrue(build.write(fresh, d).isPresent(), d.report());
    }

    @Test
    void theCommittedSiteEqualsAFreshBuild() throws IOException {
        Path committed = TestProjects.REPO.resolve("site");
        Set<String> expected = files(fresh);
        assertEquals(expected, files(committed), "site/ is stale: run ./factcheck build and commit site/");
        List<String> differ = new ArrayList<>();
        for (String f : expected) {
            if (!Arrays.equals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(committed.resolve(f)))) differ.add(f);
        }
        assertEquals(List.of(), differ, "site/ is stale: run ./factcheck build and commit site/");
    }

    @Test
    void everyClaimActorAndSourceHasItsPageAndEveryLinkResolves() {
        LinkCrawler crawler = new LinkCrawler(fresh);
        assertEquals(List.of(), crawler.crawl());
        List<String> missing = new ArrayList<>();
        project.claims().forEach(c -> expectPage(crawler, "claims/" + c.id(), missing));
        project.actors().forEach(a -> expectPage(crawler, "actors/" + a.id(), missing));
        project.sources().forEach(s -> expectPage(crawler, "sources/" + s.id(), missing));
        assertEquals(List.of(), missing, "pages not reachable from index.html");
    }

    @Test
    void seedsAreTheSharedArticlesByteForByte() throws IOException {
        Path shared = TestProjects.REPO.resolve("../shared/seeds");
        // Outside the workplace (a plain clone) there is nothing to compare with: reported as skipped, not as passed.
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "no ../shared/seeds beside the repository");
        assertEquals(files(shared), files(TestProjects.REPO.resolve("seeds")));
        for (String f : files(shared)) {
            assertTrue(Arrays.equals(Files.readAllBytes(shared.resolve(f)), Files.readAllBytes(TestProjects.REPO.resolve("seeds").resolve(f))), f);
        }
    }

    private static void expectPage(LinkCrawler crawler, String dir, List<String> missing) {
        if (!crawler.visited().contains(fresh.resolve(dir).resolve("index.html").toAbsolutePath().normalize())) missing.add(dir);
    }

    private static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
