package factcheck.site;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** ClaimReview, the Atom feed, the sitemap and claims.json, as search engines and researchers read them. */
class MachineReadableOutputTest {

    @TempDir
    Path tmp;

    private final ObjectMapper mapper = new ObjectMapper();

    private Path build(boolean withBaseUrl) {
        Path root = TestProjects.copy("basic", tmp);
        if (withBaseUrl) replace(root.resolve("content/site.yaml"), "language: en", "language: en\nbaseUrl: https://checks.example.org/desk");
        Diagnostics d = new Diagnostics();
        Path out = tmp.resolve("out");
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        return out;
    }

    private JsonNode claimReview(Path site, String id) throws Exception {
        var doc = Jsoup.parse(site.resolve("claims/" + id + "/index.html").toFile(), "UTF-8");
        return mapper.readTree(doc.selectFirst("script[type=application/ld+json]").data());
    }

    @Test
    void everyClaimPageCarriesAClaimReviewWithTheRequiredFields() throws Exception {
        Path site = build(true);
        JsonNode r = claimReview(site, "officers-hurt");
        assertEquals("ClaimReview", r.get("@type").asText());
        assertEquals("https://checks.example.org/desk/claims/officers-hurt/index.html", r.get("url").asText());
        assertEquals("18 officers were hurt.", r.get("claimReviewed").asText());
        assertEquals("2022-02-01", r.get("datePublished").asText());
        assertEquals("Test Desk Ltd", r.at("/author/name").asText());
        assertEquals("https://example.org/", r.at("/author/url").asText());
        assertEquals("Unproven", r.at("/reviewRating/alternateName").asText());
        assertEquals(1, r.at("/reviewRating/ratingValue").asInt(), "last of three verdicts");
        assertEquals(3, r.at("/reviewRating/bestRating").asInt());
        assertEquals(1, r.at("/reviewRating/worstRating").asInt());
        assertEquals("The council says 18; a letter says twelve.", r.at("/reviewRating/ratingExplanation").asText());
        assertEquals("Claim", r.at("/itemReviewed/@type").asText());
        assertEquals("Organization", r.at("/itemReviewed/author/@type").asText(), "the council is a government, not a person");
        assertEquals("City Council", r.at("/itemReviewed/author/name").asText());
        assertEquals("2022-01-07", r.at("/itemReviewed/datePublished").asText());
        assertEquals("City council report", r.at("/itemReviewed/appearance/headline").asText());
        assertEquals(3, claimReview(site, "budget-rose").at("/reviewRating/ratingValue").asInt(), "best verdict");
    }

    @Test
    void withoutBaseUrlTheMarkupIsThereButHasNoAbsoluteUrl() throws Exception {
        Path site = build(false);
        JsonNode r = claimReview(site, "officers-hurt");
        assertTrue(r.has("claimReviewed"));
        assertFalse(r.has("url"));
        assertFalse(Files.exists(site.resolve("sitemap.xml")));
        assertTrue(Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").select("link[rel=canonical]").isEmpty());
    }

    @Test
    void textThatWouldCloseTheScriptElementIsEscapedInsideIt() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "claim: \"18 officers were hurt.\"",
                "claim: \"18 officers </script><script>alert(1)</script> <!-- hurt\"");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        String html = Files.readString(tmp.resolve("out/claims/officers-hurt/index.html"));
        var doc = Jsoup.parse(html);
        assertEquals(1, doc.select("script").size(), "only the JSON-LD script");
        assertEquals("18 officers </script><script>alert(1)</script> <!-- hurt",
                mapper.readTree(doc.selectFirst("script").data()).get("claimReviewed").asText());
    }

    @Test
    void theAtomFeedParsesAndHasOneEntryPerClaimNewestFirst() throws Exception {
        Path site = build(true);
        Document feed = xml(site.resolve("feed.xml"));
        assertEquals("http://www.w3.org/2005/Atom", feed.getDocumentElement().getNamespaceURI());
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(2, entries.getLength());
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) entries.item(i);
            titles.add(e.getElementsByTagName("title").item(0).getTextContent());
            for (String required : List.of("id", "updated", "link")) assertEquals(1, e.getElementsByTagName(required).getLength(), required);
        }
        assertEquals(List.of("The budget rose twice.", "18 officers were hurt."), titles, "reviewed 2022-02-03 before 2022-02-01");
        assertEquals("2022-02-03T00:00:00Z", feed.getDocumentElement().getElementsByTagName("updated").item(0).getTextContent());
    }

    @Test
    void theSitemapListsEveryPageUnderBaseUrl() throws Exception {
        Path site = build(true);
        NodeList locs = xml(site.resolve("sitemap.xml")).getElementsByTagName("loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) urls.add(locs.item(i).getTextContent());
        assertTrue(urls.contains("https://checks.example.org/desk/claims/officers-hurt/index.html"), urls.toString());
        assertTrue(urls.contains("https://checks.example.org/desk/claims/budget-rose/index.html"), urls.toString());
        assertEquals(17, urls.size(), "every HTML page: " + urls);
        assertEquals("https://checks.example.org/desk/index.html",
                Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8").selectFirst("link[rel=canonical]").attr("href"));
    }

    @Test
    void claimsJsonHasEveryClaimWithItsLocatedCitations() throws Exception {
        Path file = build(false).resolve("claims.json");
        JsonNode json = mapper.readTree(file.toFile());
        assertEquals(1, json.get("version").asInt());
        List<String> lines = Files.readAllLines(file);
        assertEquals(json.get("claims").size() + 2, lines.size(), "one claim per line, so a diff shows which claims changed");
        assertEquals(json.get("claims").get(0), mapper.readTree(lines.get(1).replaceAll(",$", "")));
        assertEquals(2, json.get("claims").size());
        JsonNode hurt = json.get("claims").get(1);
        assertEquals("officers-hurt", hurt.get("id").asText());
        assertEquals("unproven", hurt.at("/rating/id").asText());
        assertEquals("council", hurt.at("/claimant/id").asText());
        JsonNode cite = hurt.get("citations").get(0);
        assertEquals("report", cite.get("source").asText());
        assertEquals("that “18 officers” were hurt — and", cite.get("exact").asText(), "the words as the source has them");
        assertEquals(3, cite.at("/position/line").asInt());
    }

    private static Document xml(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }
}
