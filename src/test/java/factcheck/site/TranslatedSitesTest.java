package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessagePattern;
import factcheck.LinkCrawler;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Russian and Arabic fixture projects (an article, claims and a page written for the test)
 * build into sites whose every page reads in their language: no phrase of the English bundle is
 * left, the Arabic site is right to left, and a passage from an English article says so.
 */
class TranslatedSitesTest {

    @TempDir
    Path tmp;

    private Path build(String fixture) {
        Path root = TestProjects.copy(fixture, tmp);
        Diagnostics d = new Diagnostics();
        Path out = tmp.resolve(fixture + "-site");
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        return out;
    }

    private Messages english() {
        Diagnostics d = new Diagnostics();
        return new Build(TestProjects.copy("basic", tmp.resolve("english"))).check(d).orElseThrow(() -> new AssertionError(d.report())).project().theme().messages();
    }

    @Test
    void theRussianSiteHasNoEnglishInterfaceTextAndNoBrokenLink() throws IOException {
        Path site = build("ru");
        assertEquals(List.of(), new LinkCrawler(site).crawl());
        assertEquals(List.of(), englishOn(site, "ru"));

        Document claim = page(site, "claims/tarify-ne-rosli/index.html");
        assertEquals("ru", claim.selectFirst("html").attr("lang"));
        assertFalse(claim.selectFirst("html").hasAttr("dir"), "left to right, the default: no attribute");
        assertEquals("Проверено 20 марта 2024 г.", claim.select("p.meta").get(1).text().split(" ·")[0].replaceAll("[\u00a0\u202f]", " "),
                "a date as Russian writes it");
        assertEquals("2024-03-20", claim.select("p.meta").get(1).selectFirst("time").attr("datetime"), "and as machines read it");
        assertTrue(page(site, "index.html").select(".tally .count").eachText().containsAll(List.of("1 заявление")),
                page(site, "index.html").select(".tally").outerHtml());
        assertTrue(Files.isRegularFile(site.resolve("topics/бюджет/index.html")), "a topic in Cyrillic is a folder of its own");
    }

    @Test
    void theArabicSiteIsRightToLeftAndMarksTheEnglishPassage() throws IOException {
        Path site = build("ar");
        assertEquals(List.of(), new LinkCrawler(site).crawl());
        assertEquals(List.of(), englishOn(site, "ar"));

        try (Stream<Path> pages = Files.walk(site)) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).toList()) {
                Element html = page(site, site.relativize(p).toString()).selectFirst("html");
                assertEquals("rtl", html.attr("dir"), p + " is right to left");
                assertEquals("ar", html.attr("lang"), p.toString());
            }
        }
        Document claim = page(site, "claims/khamsun-alf-usra/index.html");
        List<Element> quotes = claim.select("blockquote p");
        assertEquals(3, quotes.size());
        assertEquals(List.of("", "", "en"), quotes.stream().map(q -> q.attr("lang")).toList(), "only the English passage says its language");
        assertEquals("ltr", quotes.get(2).attr("dir"));
        assertEquals(List.of("سياق", "يناقض الادعاء", "يناقض الادعاء"), claim.select(".stance").eachText(),
                "each passage's stance in words, picked by its word (an isolated word would pick none)");
        assertEquals("شخص", page(site, "actors/haddad/index.html").selectFirst(".kicker").text(), "a person");
        Document letter = page(site, "sources/letter/index.html");
        assertEquals("en", letter.selectFirst(".source-text").attr("lang"));
        assertEquals("ltr", letter.selectFirst("h1").attr("dir"));
        assertTrue(letter.select(".facts dd").eachText().contains("الإنجليزية"), "the source's language by its Arabic name");
        // The counted forms Arabic has: one claim of each verdict reads "ادعاء واحد" (one claim), with no number.
        assertTrue(page(site, "index.html").text().contains("ادعاء واحد"));
        // A topic in Arabic letters, percent-encoded where addresses must be ASCII.
        String sitemap = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("https://example.org/ar/topics/%D8%A7%D9%84%D9%85%D9%8A%D8%A7%D9%87/index.html"), sitemap);
    }

    @Test
    void theScanFindsEnglishOnTheEnglishSite() throws IOException {
        // The check above can fail: on an English site it finds the interface's phrases.
        List<String> found = englishOn(build("basic"), "en");
        assertTrue(found.size() > 50, found.toString());
        assertTrue(found.stream().anyMatch(f -> f.endsWith("`Skip to content`")), found.toString());
    }

    /** Each phrase of the English bundle found on a page of {@code site}, as "page: `phrase`". */
    private List<String> englishOn(Path site, String language) throws IOException {
        Set<String> phrases = new TreeSet<>();
        for (Messages.Message m : english().byKey().values()) {
            for (String pattern : m.counts() ? m.forms().values() : List.of(m.text())) phrases.addAll(phrases(pattern));
        }
        List<String> found = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path p : pages.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                String shown = readerText(Jsoup.parse(p.toFile(), "UTF-8"), language);
                for (String phrase : phrases) if (shown.contains(phrase)) found.add(site.relativize(p) + ": `" + phrase + "`");
            }
        }
        return found;
    }

    /** What a reader sees or hears of a page in its own language: its text and its labels, not content marked as another language. */
    private static String readerText(Document doc, String language) {
        doc.select("[lang]").stream().filter(e -> !e.attr("lang").equals(language)).forEach(Element::remove);
        StringBuilder out = new StringBuilder(doc.title()).append('\n').append(doc.text());
        for (Element e : doc.getAllElements()) {
            for (String attr : List.of("aria-label", "title", "content", "alt", "placeholder", "data-shown", "data-failed", "data-unavailable")) {
                if (e.hasAttr(attr) && !e.attr(attr).startsWith("https://")) out.append('\n').append(e.attr(attr)); // an address is not text
            }
            if (e.hasAttr("data-found")) { // the forms of a count, by plural category: the texts, not the category names
                try {
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.attr("data-found")).elements().forEachRemaining(v -> out.append('\n').append(v.asText()));
                } catch (IOException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
        return out.toString();
    }

    /** The literal text of an ICU pattern, without its markup, in pieces of three letters or more. */
    static List<String> phrases(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            MessagePattern.Part.Type t = part.getType();
            boolean textFollows = t == MessagePattern.Part.Type.MSG_START || t == MessagePattern.Part.Type.ARG_LIMIT
                    || t == MessagePattern.Part.Type.SKIP_SYNTAX || t == MessagePattern.Part.Type.REPLACE_NUMBER;
            if (!textFollows) continue;
            String text = pattern.substring(part.getLimit(), parsed.getPart(i + 1).getIndex());
            for (String piece : text.replaceAll("<[^>]*>", "\n").replaceAll("^[^<]*>", "").replaceAll("<[^>]*$", "").split("\n")) {
                String phrase = piece.strip().replaceAll("^[\\p{P}\\s]+|[\\p{P}\\s]+$", "");
                if (phrase.codePoints().filter(Character::isLetter).count() >= 3) out.add(phrase);
            }
        }
        return out;
    }

    private static Document page(Path site, String path) throws IOException {
        return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
    }
}
