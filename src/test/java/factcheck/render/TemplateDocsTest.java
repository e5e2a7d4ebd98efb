package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.cache.Memo;
import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.model.Messages;
import factcheck.site.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/templates.md is true: every page of the shipped project (with a baseUrl, so that it has a
 * 404 page too) has exactly the variables the page lists for its kind, of the types listed, and
 * the variables of every page are what a template sees.
 */
class TemplateDocsTest {

    private static final Pattern SECTION = Pattern.compile("^## (?:`([a-z0-9]+)\\.html`|(Every page))$", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    /** Each section's variables and types, by template name ("" for every page). */
    private static Map<String, Map<String, String>> documented() throws IOException {
        String doc = Files.readString(TestProjects.REPO.resolve("docs/templates.md"));
        Map<String, Map<String, String>> out = new TreeMap<>();
        Matcher s = SECTION.matcher(doc);
        List<int[]> starts = new java.util.ArrayList<>();
        List<String> names = new java.util.ArrayList<>();
        while (s.find()) {
            starts.add(new int[] {s.end()});
            names.add(s.group(1) != null ? s.group(1) : "");
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? doc.lastIndexOf("\n## ", doc.indexOf(names.get(i + 1).isEmpty() ? "Every page" : "`" + names.get(i + 1) + ".html`")) : doc.length();
            Matcher r = ROW.matcher(doc.substring(starts.get(i)[0], Math.max(end, starts.get(i)[0])));
            Map<String, String> vars = new LinkedHashMap<>();
            while (r.find()) vars.put(r.group(1), r.group(2));
            out.put(names.get(i), vars);
        }
        return out;
    }

    private Path shippedWithBaseUrl() {
        Path root = TestProjects.copyShipped(tmp);
        Path site = root.resolve("content/site.yaml");
        String text = TestProjects.read(site);
        if (!text.contains("baseUrl:")) TestProjects.write(site, text.replaceFirst("\nlanguage: en", "\nlanguage: en\nbaseUrl: https://example.org/"));
        return root;
    }

    @Test
    void everyPageKindHasExactlyTheDocumentedVariablesOfTheDocumentedTypes() throws IOException {
        Map<String, Map<String, String>> docs = documented();
        Path root = shippedWithBaseUrl();
        Diagnostics d = new Diagnostics();
        CheckedProject checked = new Build(root).check(d).orElseThrow(() -> new AssertionError(d.report()));
        Messages messages = checked.project().theme().messages();
        List<PageJob> jobs = new SitePages(new Catalog(checked), new Markdown(false), new Json(false), Memo.none(),
                new InterfaceText(messages, new SiteLocale(messages))).jobs();
        Set<String> kinds = new TreeSet<>();
        for (PageJob job : jobs) {
            kinds.add(job.template());
            Map<String, String> expected = docs.get(job.template());
            assertTrue(expected != null, "docs/templates.md has no section for " + job.template() + ".html");
            Map<String, Object> vars = job.variables().get();
            assertEquals(expected.keySet(), vars.keySet(), job.path() + " (" + job.template() + ".html)");
            vars.forEach((name, value) -> assertType(expected.get(name), value, job.path() + ": " + name));
        }
        Set<String> documentedKinds = new TreeSet<>(docs.keySet());
        documentedKinds.remove("");
        assertEquals(documentedKinds, kinds, "every documented page kind is written, and only those");
    }

    @Test
    void everyPageHasTheVariablesDocumentedForEveryPage() throws IOException {
        // page.html replaced by one that writes the names of what it sees.
        Map<String, Map<String, String>> docs = documented();
        Path root = shippedWithBaseUrl();
        TestProjects.write(root.resolve("templates/page.html"),
                "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><p id=\"names\" th:text=\"${#ctx.getVariableNames()}\">x</p></body></html>");
        Diagnostics d = new Diagnostics();
        Path out = tmp.resolve("out");
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        String written = Jsoup.parse(out.resolve("about/index.html").toFile(), "UTF-8").getElementById("names").text();
        Set<String> seen = new TreeSet<>(List.of(written.replaceAll("[\\[\\]]", "").split(",\\s*")));
        Set<String> expected = new TreeSet<>(docs.get("").keySet());
        expected.addAll(docs.get("page").keySet());
        assertEquals(expected, seen);
    }

    private static void assertType(String documented, Object value, String what) {
        if (value == null) return; // an appearance, a canonical address: documented as "or null"
        String base = documented.contains("<") ? documented.substring(0, documented.indexOf('<')) : documented;
        boolean ok = switch (base) {
            case "List" -> value instanceof List;
            case "Map" -> value instanceof Map;
            case "Set" -> value instanceof Set;
            default -> value.getClass().getSimpleName().equals(base);
        };
        assertTrue(ok, what + " is a " + value.getClass().getSimpleName() + ", documented as " + documented);
        if (base.equals("List") && !((Collection<?>) value).isEmpty()) {
            String element = documented.substring(documented.indexOf('<') + 1, documented.length() - 1);
            assertEquals(element, ((List<?>) value).get(0).getClass().getSimpleName(), what + "'s items");
        }
    }
}
