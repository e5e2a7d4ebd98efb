package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.LinkCrawler;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long lists of claims (a verdict, a topic) come as pages of 50; the claims index shows the newest of each verdict. */
class PaginationTest {

    /** More than two pages of claims rated false, all on one topic, one reviewed each day; every other one disputed. */
    private static final int CLAIMS = 120;

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void build() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        for (int i = 0; i < CLAIMS; i++) {
            TestProjects.write(root.resolve("content/claims/many-" + String.format("%03d", i) + ".yaml"), """
                    claim: Claim number %d.
                    claimant: council
                    rating: "false"
                    summary: Not so.
                    reviewed: %s
                    topics: [many]
                    citations:
                      - source: report
                        quote: the budget rose
                        suffix: again
                        stance: contradicts
                    %s""".formatted(i, java.time.LocalDate.of(2020, 1, 1).plusDays(i), i % 2 == 0 ? """
                      - source: report
                        quote: disputed the figures
                        stance: supports
                    """ : ""));
        }
        out = tmp.resolve("out");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
    }

    /** A link's target as a site path. */
    private static String resolve(String from, String href) {
        return Path.of(from).getParent().resolve(href).normalize().toString().replace('\\', '/');
    }

    private static List<String> claims(Document page) {
        List<String> texts = new ArrayList<>();
        page.select(".card .card-claim").forEach(a -> texts.add(a.text()));
        return texts;
    }

    @Test
    void aVerdictWithManyClaimsIsSplitIntoPagesNewestFirstEachClaimOnce() throws IOException {
        List<String> all = new ArrayList<>();
        String path = "ratings/false/index.html";
        for (int n = 1; n <= 3; n++) {
            Document page = page(path);
            List<String> onPage = claims(page);
            assertEquals(n < 3 ? 50 : CLAIMS - 100, onPage.size(), path);
            assertTrue(page.selectFirst(".pager").text().contains("Page " + n + " of 3"), path);
            assertEquals(n == 1, page.select("a[rel=prev]").isEmpty(), path);
            all.addAll(onPage);
            if (n < 3) {
                String next = "ratings/false/page/" + (n + 1) + "/index.html";
                assertEquals(next, resolve(path, page.selectFirst("a[rel=next]").attr("href")), "next page link");
                path = next;
            } else {
                assertTrue(page.select("a[rel=next]").isEmpty());
                assertEquals("ratings/false/page/2/index.html", resolve(path, page.selectFirst("a[rel=prev]").attr("href")));
            }
        }
        assertEquals("Claim number 119.", all.get(0), "newest first");
        assertEquals(CLAIMS, all.stream().filter(c -> c.startsWith("Claim number")).distinct().count(), "every claim once");
        assertFalse(Files.exists(out.resolve("ratings/false/page/4/index.html")));
        assertTrue(page("ratings/false/page/2/index.html").title().contains("False, page 2"), "each page has its own title");
    }

    @Test
    void aTopicIsPagedAndAShortListIsOnePage() throws IOException {
        assertEquals(50, claims(page("topics/many/index.html")).size());
        assertEquals(CLAIMS - 100, claims(page("topics/many/page/3/index.html")).size());
        assertTrue(page("ratings/true/index.html").select(".pager").isEmpty(), "one page: no pager");
        assertFalse(Files.exists(out.resolve("ratings/true/page")));
    }

    @Test
    void theClaimsIndexShowsTheNewestOfEachVerdictAndLinksToTheRest() throws IOException {
        Document index = page("claims/index.html");
        List<String> cards = claims(index);
        assertTrue(cards.contains("Claim number 119.") && !cards.contains("Claim number 99."), cards.toString());
        assertEquals(20, index.select("section[aria-labelledby=false] .card").size());
        assertEquals("../ratings/false/index.html", index.select("section[aria-labelledby=false] p a").last().attr("href"));
        assertTrue(index.text().contains("All " + CLAIMS + " claims rated False"), "says how many there are");
        assertTrue(index.select("section[aria-labelledby=true] p a").isEmpty(), "no link when every claim is shown");
    }

    @Test
    void theHomePageShowsTheNewestDisputedClaimsAndLinksToAllOfThem() throws IOException {
        Document home = page("index.html");
        List<String> shown = new ArrayList<>();
        home.select("section[aria-labelledby=disputed] .card .card-claim").forEach(a -> shown.add(a.text()));
        int disputed = CLAIMS / 2 + 1; // and the fixture's own officers-hurt, reviewed last
        assertEquals(List.of("18 officers were hurt.", "Claim number 118.", "Claim number 116."), shown.subList(0, 3), "newest first");
        assertEquals(10, shown.size());
        var more = home.selectFirst("section[aria-labelledby=disputed] p a[href=disputed/index.html]");
        assertTrue(more != null && more.text().contains("All " + disputed + " claims"), home.select("section[aria-labelledby=disputed]").html());

        List<String> all = new ArrayList<>(claims(page("disputed/index.html")));
        all.addAll(claims(page("disputed/page/2/index.html")));
        assertEquals(disputed, all.size());
        assertEquals(disputed, all.stream().distinct().count(), "every disputed claim once, on two pages");
        assertTrue(all.stream().filter(c -> c.startsWith("Claim")).allMatch(c -> Integer.parseInt(c.replaceAll("\\D", "")) % 2 == 0), "only the disputed ones");
        assertFalse(Files.exists(out.resolve("disputed/page/3")));
    }

    @Test
    void aThemeWithoutTheDisputedTemplateTakesFactchecksAndItsPages(@TempDir Path own) throws IOException {
        Path root = TestProjects.copy("basic", own);
        Files.delete(root.resolve("templates/disputed.html"));
        for (int i = 0; i < 12; i++) {
            TestProjects.write(root.resolve("content/claims/d-" + i + ".yaml"), """
                    claim: Disputed %d.
                    claimant: council
                    rating: "false"
                    summary: Both ways.
                    reviewed: 2021-01-01
                    citations:
                      - source: report
                        quote: disputed the figures
                        stance: supports
                      - source: report
                        quote: the budget rose
                        suffix: again
                        stance: contradicts
                    """.formatted(i));
        }
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(own.resolve("out"), d).isPresent(), d.report());
        Document home = Jsoup.parse(own.resolve("out/index.html").toFile(), "UTF-8");
        assertEquals(10, home.select("section[aria-labelledby=disputed] .card").size(), "the newest ten, as with the template");
        assertTrue(Files.exists(own.resolve("out/disputed/index.html")), "factcheck's own disputed.html lists all thirteen");
    }

    @Test
    void everyPageIsReachableAndNoLinkIsBroken() {
        LinkCrawler crawler = new LinkCrawler(out);
        assertEquals(List.of(), crawler.crawl());
        assertTrue(crawler.visited().contains(out.resolve("ratings/false/page/3/index.html").toAbsolutePath().normalize()));
        assertTrue(crawler.visited().contains(out.resolve("topics/many/page/3/index.html").toAbsolutePath().normalize()));
        assertTrue(crawler.visited().contains(out.resolve("disputed/page/2/index.html").toAbsolutePath().normalize()));
    }
}
