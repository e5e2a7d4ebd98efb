package factcheck.site;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.LinkCrawler;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTest {

    @TempDir
    Path tmp;

    private Path build(Path root, Path out) {
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void everyRecordGetsItsPage() {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        for (String p : List.of("index.html", "claims/index.html", "claims/officers-hurt/index.html", "claims/budget-rose/index.html",
                "actors/index.html", "actors/council/index.html", "actors/mayor/index.html", "sources/index.html",
                "sources/report/index.html", "sources/letter/index.html", "about/index.html", "assets/style.css",
                "ratings/unproven/index.html", "topics/index.html", "topics/injuries/index.html", "search/index.html", "search/index.js")) {
            assertTrue(Files.isRegularFile(site.resolve(p)), p);
        }
    }

    @Test
    void theNotFoundPageLinksFromTheSitesRootAtAnyAddress() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        assertFalse(Files.exists(build(root, tmp.resolve("out")).resolve("404.html")), "without baseUrl no link would hold at every address");

        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: en\nbaseUrl: https://example.org/checks/");
        Path site = build(root, tmp.resolve("with-base"));
        Document based = page(site, "404.html");
        assertEquals("Page not found", based.selectFirst("h1").text());
        assertEquals("https://example.org/checks/assets/style.css", based.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals("https://example.org/checks/claims/index.html", based.selectFirst("main a[href$=claims/index.html]").attr("href"));
        assertTrue(based.select("link[rel=canonical]").isEmpty(), "no address is the 404 page's own");
        assertFalse(Files.readString(site.resolve("sitemap.xml")).contains("404"), "not a page to index");
    }

    @Test
    void aClaimPageShowsVerdictAsTextEveryQuoteAndLinksToTheExactPassage() throws IOException {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        Document claim = page(site, "claims/officers-hurt/index.html");
        assertEquals("Verdict: Unproven", claim.selectFirst("#verdict").text());
        assertEquals(List.of("that “18 officers” were hurt — and", "I counted twelve injured officers, not eighteen."),
                claim.select(".citation blockquote").eachText(), "quotes are shown as the source has them");
        assertEquals("../../sources/letter/index.html#q-officers-hurt-2",
                claim.selectFirst("#citation-2 figcaption a").attr("href"));
        assertTrue(claim.selectFirst("#citation-2").text().contains("Contradicts the claim"));
        assertTrue(claim.select("#updates + ul").text().contains("Added the letter."));

        Document source = page(site, "sources/letter/index.html");
        assertEquals("I counted twelve injured officers, not eighteen.", source.select(".source-text mark").text());
        assertEquals("../../claims/officers-hurt/index.html#citation-2", source.selectFirst(".source-text a.cited-by").attr("href"));
    }

    @Test
    void theHomePageShowsTheVerdictTallyAndTheClaimsTheSourcesDisagreeOn() throws IOException {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        Document home = page(site, "index.html");
        assertEquals(List.of("True 1 claim", "Unproven 1 claim"), home.select(".tally li").eachText(), "a verdict no claim has is left out of the tally");
        assertEquals(List.of("18 officers were hurt."), home.select("#disputed ~ ul .card-claim").eachText(),
                "only the claim with both supporting and contradicting passages");
    }

    @Test
    void actorPagesListTheClaimsTheyMadeAndThoseAboutThem() throws IOException {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        Document council = page(site, "actors/council/index.html");
        assertEquals(2, council.select("#made ~ ul .card").size());
        Document mayor = page(site, "actors/mayor/index.html");
        assertEquals(List.of("18 officers were hurt."), mayor.select("#about ~ ul .card-claim").eachText());
    }

    @Test
    void aCrawlFromTheHomePageFindsNoBrokenLinkOrFragment() {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        LinkCrawler crawler = new LinkCrawler(site);
        assertEquals(List.of(), crawler.crawl());
        assertEquals(17, crawler.visited().size(), "every page is reachable: " + crawler.visited());
    }

    @Test
    void verdictAndTopicPagesListTheirClaimsAndActorPagesTallyVerdicts() throws IOException {
        Path site = build(TestProjects.copy("basic", tmp), tmp.resolve("out"));
        assertEquals(List.of("18 officers were hurt."), page(site, "ratings/unproven/index.html").select(".card-claim").eachText());
        assertEquals("No claim has this verdict.", page(site, "ratings/false/index.html").selectFirst("main p:not(.kicker):not(.lede)").text());
        assertEquals(List.of("18 officers were hurt."), page(site, "topics/injuries/index.html").select(".card-claim").eachText());
        assertEquals(List.of("True 1", "Unproven 1"), page(site, "actors/council/index.html").select("#made ~ div .tally li").eachText());
    }

    @Test
    void aSmallChangeUpdatesTheSiteInPlaceAndLeavesItEqualToAFreshBuild() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path out = build(root, tmp.resolve("out"));
        Object unchanged = Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino");
        Object changed = Files.getAttribute(out.resolve("claims/budget-rose/index.html"), "unix:ino");
        Files.writeString(out.resolve("stray.txt"), "not part of the site");
        replace(root.resolve("content/claims/budget-rose.yaml"), "summary: The report says so twice.", "summary: The report says so, twice.");
        build(root, out);
        assertEquals(unchanged, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino"), "an unchanged page is not written");
        assertEquals(1, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:nlink"));
        assertFalse(changed.equals(Files.getAttribute(out.resolve("claims/budget-rose/index.html"), "unix:ino")),
                "a changed page is a new file renamed over the old one, never rewritten where a reader may be reading it");
        assertTrue(Files.readString(out.resolve("claims/budget-rose/index.html")).contains("The report says so, twice."));
        assertFalse(Files.exists(tmp.resolve(".out.previous")), "no copy of the old site");
        assertEquals(digest(build(root, tmp.resolve("fresh"))), digest(out), "the updated site is exactly a fresh build: the stray file is gone");

        Files.delete(root.resolve("content/claims/budget-rose.yaml"));
        build(root, out);
        assertFalse(Files.exists(out.resolve("claims/budget-rose")), "a page whose record was deleted goes, folder and all");
        assertEquals(digest(build(root, tmp.resolve("fresh2"))), digest(out));
    }

    @Test
    void aChangeLargerThanTheBudgetBuildsAFreshFolderAndSwapsItIn() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path out = build(root, tmp.resolve("out"));
        Object unchanged = Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino");
        replace(root.resolve("content/claims/budget-rose.yaml"), "summary: The report says so twice.", "summary: The report says so, twice.");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).inPlaceBudget(0).write(out, d).isPresent(), d.report());
        assertEquals(unchanged, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:ino"),
                "an unchanged page is the same file, linked into the new site");
        assertTrue(Files.readString(out.resolve("claims/budget-rose/index.html")).contains("The report says so, twice."));
        assertEquals(2, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:nlink"),
                "the replaced site is kept beside it, sharing the unchanged files, until the next build deletes it");
        assertTrue(Files.readString(tmp.resolve(".out.previous/claims/budget-rose/index.html")).contains("The report says so twice."),
                "the replaced site is exactly the old one");
        assertEquals(digest(build(root, tmp.resolve("fresh"))), digest(out));
        build(root, out);
        assertEquals(1, Files.getAttribute(out.resolve("sources/letter/index.html"), "unix:nlink"), "the older one was deleted");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Map<String, String> first = digest(build(root, tmp.resolve("a")));
        Map<String, String> second = digest(build(root, tmp.resolve("b")));
        assertEquals(first, second);
    }

    @Test
    void scriptsAndEventHandlersInContentNeverReachAPage() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path claim = root.resolve("content/claims/officers-hurt.yaml");
        replace(claim, "  The two accounts disagree", "  <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))\n\n"
                + "  <a href=\"javascript:alert(4)\" onclick=\"alert(5)\">y</a>\n  The two accounts disagree");
        replace(claim, "summary: The council says 18;", "summary: <script>alert(6)</script> The council says 18;");
        replace(root.resolve("content/actors/mayor.yaml"), "name: The Mayor", "name: \"<img src=x onerror=alert(7)>\"");
        Path site = build(root, tmp.resolve("out"));
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(f.toFile(), "UTF-8");
                String where = site.relativize(f).toString();
                for (var script : doc.select("script:not([type=application/ld+json])")) {
                    assertTrue(script.attr("src").matches("(\\.\\./)*(search/index|assets/search)\\.js"), where + ": " + script);
                }
                doc.select("script").forEach(s -> assertFalse(s.data().contains("<"), "JSON-LD escapes markup: " + where));
                assertTrue(doc.select("img").isEmpty(), where);
                assertTrue(doc.select("[onerror], [onclick]").isEmpty(), where);
                assertTrue(doc.select("a[href^=javascript], a[href^=JAVASCRIPT]").isEmpty(), where);
            }
        }
        assertFalse(Files.readString(site.resolve("search/index.js")).contains("<"), "the search index escapes markup");
        assertTrue(Files.readString(site.resolve("claims/officers-hurt/index.html")).contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
                "the analysis shows the markup as text");
    }

    private static Map<String, String> digest(Path site) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString(), java.util.HexFormat.of().formatHex(
                        sha256(Files.readAllBytes(f))));
            }
        }
        return out;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
