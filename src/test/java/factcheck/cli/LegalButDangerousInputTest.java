package factcheck.cli;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, the other half: input that is legal but dangerous is accepted, and nothing in it can
 * run in a reader's browser. Markup goes into every text and Markdown field, the names, the
 * page front matter and the article itself; every page is then parsed and searched for anything
 * executable. The markup must still be there, shown as text: accepted means nothing is lost.
 */
class LegalButDangerousInputTest {

    @TempDir
    Path tmp;

    /** HTML a browser would run if it reached a page unescaped. */
    static final String HTML = "<script>alert(1)</script><img src=x onerror=alert(2)>"
            + "<a href=\"javascript:alert(3)\" onclick=\"alert(4)\">x</a><iframe src=\"data:text/html,<script>alert(5)</script>\"></iframe>"
            + "<svg onload=alert(6)><base href=\"javascript:/\"><meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(7)\">";

    /** Markdown whose links and images would run script if their URLs were kept. */
    static final String MARKDOWN = HTML + "\n\n<div onmouseover=\"alert(8)\">block</div>\n\n"
            + "[a](javascript:alert(9)) [b](JaVaScRiPt:alert(10)) [c](data:text/html;base64,PHNjcmlwdD4=) [d](vbscript:msgbox(11))\n"
            + "[e](&#106;avascript:alert(12)) [f][ref] <javascript:alert(13)> ![g](javascript:alert(14)) ![h](data:image/svg+xml,<svg/onload=alert(15)>)\n"
            + "[i](  javascript:alert(16)) [j](java&#x09;script:alert(17))\n\n[ref]: javascript:alert(18)\n";

    /** A YAML literal block holding {@code text}, indented under its key. */
    private static String block(String text) {
        return "|-\n" + text.lines().map(l -> "  " + l).reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    private Path dangerousProject() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Path site = root.resolve("content/site.yaml");
        replace(site, "title: Test Desk\n", "title: " + block(HTML));
        replace(site, "description: A small fixture site.\n", "description: " + block(HTML));
        replace(site, "  name: Test Desk Ltd\n", "  name: " + block(HTML).replace("\n  ", "\n    "));
        replace(site, "    label: Unproven\n", "    label: " + block(HTML).replace("\n  ", "\n      "));

        Path council = root.resolve("content/actors/council.yaml");
        replace(council, "name: City Council\n", "name: " + block(HTML));
        replace(council, "role: Local government\n", "role: " + block(HTML));
        replace(council, "aliases: [the council]", "aliases: [\"<script>alert(21)</script>\"]");
        replace(council, "  The **city council**. See [the report](https://example.org/report).", block(MARKDOWN).substring(4).stripTrailing());
        Files.writeString(council, "links:\n  - title: " + block(HTML).replace("\n  ", "\n      ") + "    url: https://example.org/?q=%3Cscript%3E\n",
                StandardOpenOption.APPEND);

        Path report = root.resolve("content/sources/report.yaml");
        replace(report, "title: City council report\n", "title: " + block(HTML));
        replace(report, "publisher: The Daily Fixture\n", "publisher: " + block(HTML) + "author: " + block(HTML));
        replace(report, "  The council's own report. *Author unknown.*", block(MARKDOWN).substring(4).stripTrailing());

        // The article itself carries markup, and a claim quotes it.
        Files.writeString(root.resolve("seeds/letter.txt"), "\n<script>alert(\"seed\")</script> <b onmouseover=alert(22)>bold</b>\n",
                StandardOpenOption.APPEND);
        Path claim = root.resolve("content/claims/officers-hurt.yaml");
        replace(claim, "claim: \"18 officers were hurt.\"\n", "claim: " + block(HTML));
        replace(claim, "summary: The council says 18; a letter says twelve.\n", "summary: " + block(HTML));
        replace(claim, "  The two accounts disagree and neither shows its count.", block(MARKDOWN).substring(4).stripTrailing());
        replace(claim, "    note: A reader's count.\n", "    note: " + block(MARKDOWN).replace("\n  ", "\n      ")
                + "  - source: letter\n    quote: '<script>alert(\"seed\")</script> <b onmouseover=alert(22)>bold</b>'\n    stance: context\n");
        replace(claim, "    note: Added the letter.\n", "    note: " + block(MARKDOWN).replace("\n  ", "\n      "));

        TestProjects.write(root.resolve("content/pages/about.md"), "---\ntitle: " + block(HTML) + "description: " + block(HTML) + "---\n" + MARKDOWN);
        return root;
    }

    @Test
    void markupInEveryFieldIsAcceptedAndNothingExecutableReachesAPage() throws IOException {
        Path root = dangerousProject();
        Cli r = Cli.run("build", "--root", root.toString());
        assertEquals(0, r.status(), r.err());

        List<String> problems = new ArrayList<>();
        Path site = root.resolve("site");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                problems.addAll(executable(Jsoup.parse(f.toFile(), "UTF-8"), site.relativize(f).toString()));
            }
        }
        assertEquals(List.of(), problems);

        Document claim = Jsoup.parse(site.resolve("claims/officers-hurt/index.html").toFile(), "UTF-8");
        assertTrue(claim.select("h1").text().contains("<script>alert(1)</script>"), "the claim is shown as the text it is: " + claim.select("h1"));
        assertTrue(claim.text().contains("<script>alert(\"seed\")</script>"), "the quoted markup is shown as text");
        assertTrue(claim.select(".prose").text().contains("<div onmouseover=\"alert(8)\">block</div>"), "Markdown's raw HTML is shown as text");
        Document letter = Jsoup.parse(site.resolve("sources/letter/index.html").toFile(), "UTF-8");
        assertTrue(letter.select(".source-text mark").eachText().contains("<script>alert(\"seed\")</script> <b onmouseover=alert(22)>bold</b>"),
                "the article's markup is marked as a passage, as text");
        Document about = Jsoup.parse(site.resolve("about/index.html").toFile(), "UTF-8");
        assertTrue(about.title().contains("<script>alert(1)</script>"), about.title());
        assertTrue(about.selectFirst("meta[name=description]").attr("content").contains("<script>"), "front matter as text");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAcceptedEverywhere() throws IOException {
        Path root = TestProjects.copy("basic", tmp);
        Cli before = Cli.run("build", "--root", root.toString(), "--out", tmp.resolve("lf").toString());
        assertEquals(0, before.status(), before.err());
        try (Stream<Path> files = Files.walk(root.resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.writeString(f, "\uFEFF" + TestProjects.read(f).replace("\n", "\r\n"));
            }
        }
        Cli r = Cli.run("build", "--root", root.toString(), "--out", tmp.resolve("crlf").toString());
        assertEquals(0, r.status(), r.err());
        assertEquals(TestProjects.snapshot(tmp.resolve("lf")), TestProjects.snapshot(tmp.resolve("crlf")),
                "the same site as from LF files without a byte-order mark");
    }

    /** Everything in a page a browser could run: script elements, handlers, script URLs, frames. */
    static List<String> executable(Document doc, String where) {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (theSitesOwn(e)) continue;
            if (List.of("script", "iframe", "frame", "object", "embed", "applet", "base", "form", "svg", "math", "img").contains(tag)) {
                found.add(where + ": <" + tag + ">");
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) found.add(where + ": <meta http-equiv>");
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().replaceAll("[\\s\\u0000-\\u001F]", "").toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) found.add(where + ": <" + tag + " " + name + ">");
                if (name.equals("style") || name.equals("srcdoc")) found.add(where + ": <" + tag + " " + name + ">");
                boolean url = List.of("href", "src", "action", "formaction", "poster", "data", "xlink:href", "background", "lang").contains(name);
                if (url && (value.startsWith("javascript:") || value.startsWith("data:") || value.startsWith("vbscript:"))) {
                    found.add(where + ": <" + tag + " " + name + "=\"" + a.getValue() + "\">");
                }
            }
        }
        return found;
    }

    /**
     * What the templates themselves put in pages: the JSON-LD block (which must hold no markup),
     * the search page's two scripts and its form. Content can add none of these.
     */
    private static boolean theSitesOwn(Element e) {
        return switch (e.normalName()) {
            case "script" -> e.attr("type").equals("application/ld+json") && !e.data().contains("<") && e.attributesSize() == 1
                    || e.attributesSize() == 1 && e.attr("src").matches("(\\.\\./)*(search/index|assets/search)\\.js") && e.data().isEmpty();
            case "form" -> e.hasClass("search") && e.attr("action").equals("index.html");
            default -> false;
        };
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        Document bad = Jsoup.parse("<p onclick=x>a</p><a href=' JavaScript:alert(1)'>b</a><script></script><img src=data:x>");
        assertEquals(5, executable(bad, "t").size(), executable(bad, "t").toString());
        assertFalse(executable(Jsoup.parse("<a href='https://example.org/'>ok</a>"), "t").iterator().hasNext());
        assertEquals(2, executable(Jsoup.parse("<script type=application/ld+json>{\"a\":\"</script><script>x()</script>\"}</script>"
                + "<script src='../evil.js'></script>"), "t").size(), "only the site's own, harmless scripts are let through");
    }
}
