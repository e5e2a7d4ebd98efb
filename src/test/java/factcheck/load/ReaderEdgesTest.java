package factcheck.load;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.Project;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The readers' edges that a mutation run found untested: unknown keys in every kind of record,
 * URL schemes, values of the wrong shape, front matter, Markdown nesting by lists, the language
 * default, and the caches being hit.
 */
class ReaderEdgesTest {

    @TempDir
    Path tmp;

    private Path root() {
        return TestProjects.copy("basic", tmp);
    }

    private static String report(Path root) {
        Diagnostics d = new Diagnostics();
        new ProjectLoader(root).load(d);
        return d.report();
    }

    private static void append(Path file, String text) {
        TestProjects.write(file, TestProjects.read(file) + text);
    }

    @Test
    void anUnknownKeyIsAnErrorInEveryKindOfRecord() {
        Path root = root();
        append(root.resolve("content/actors/mayor.yaml"), "flavour: blue\n");
        append(root.resolve("content/sources/letter.yaml"), "flavour: blue\n");
        replace(root.resolve("content/site.yaml"), "title: Test Desk", "title: Test Desk\nflavour: blue");
        replace(root.resolve("content/site.yaml"), "    label: Unproven\n", "    label: Unproven\n    flavour: blue\n");
        append(root.resolve("content/actors/council.yaml"), "links:\n  - title: Site\n    url: https://example.org/\n    flavour: blue\n");
        replace(root.resolve("content/claims/officers-hurt.yaml"), "    note: Added the letter.", "    note: Added the letter.\n    flavour: blue");
        String report = report(root);
        for (String file : new String[] {"actors/mayor.yaml", "sources/letter.yaml", "site.yaml", "actors/council.yaml", "claims/officers-hurt.yaml"}) {
            assertTrue(report.contains("content/" + file + ":") && report.contains("unknown key `flavour`"), file + ":\n" + report);
        }
        assertEquals(6, report.split("unknown key `flavour`", -1).length - 1, "site, rating, actor, link, source, update:\n" + report);
    }

    @Test
    void onlyHttpAndHttpsUrlsAreTaken() {
        Path root = root();
        append(root.resolve("content/sources/letter.yaml"), "url: http://example.org/letter\n");
        assertFalse(report(root).contains("url"), "http:// is a web address: " + report(root));
        replace(root.resolve("content/sources/letter.yaml"), "url: http://example.org/letter", "url: ftp://example.org/letter");
        assertTrue(report(root).contains("content/sources/letter.yaml:") && report(root).contains("`url`"), report(root));
    }

    @Test
    void aValueOfTheWrongShapeIsAnErrorNotAnEmptyValue() {
        Path root = root();
        replace(root.resolve("content/claims/officers-hurt.yaml"), "about: [mayor]", "about: mayor");
        append(root.resolve("content/actors/mayor.yaml"), "role: [a, b]\n");
        String report = report(root);
        assertTrue(report.contains("officers-hurt.yaml:5:8: `about` must be a list, found text"), report);
        assertTrue(report.contains("mayor.yaml:") && report.contains("`role` must be text, found a list"), report);
    }

    @Test
    void aPageWithoutFrontMatterOrWithItUnclosedIsAnError() {
        Path root = root();
        TestProjects.write(root.resolve("content/pages/about.md"), "# About\n\nNo front matter.\n");
        assertTrue(report(root).contains("content/pages/about.md:1:1: a page starts with front matter"), report(root));
        TestProjects.write(root.resolve("content/pages/about.md"), "---\ntitle: About\n\n# About\n");
        assertTrue(report(root).contains("content/pages/about.md:1:1: front matter is not closed"), report(root));
        TestProjects.write(root.resolve("content/pages/about.md"), "---\ntitle: About\ndescription: [unclosed\n---\n# About\n");
        assertTrue(report(root).contains("content/pages/about.md:4:"), "a YAML error in front matter at its line in the file: " + report(root));
    }

    @Test
    void listMarkersCountTowardMarkdownNesting() {
        Path root = root();
        String deep = "- ".repeat(MarkdownLimits.MAX_DEPTH + 1) + "deep";
        replace(root.resolve("content/claims/officers-hurt.yaml"), "  The two accounts disagree and neither shows its count.", "  " + deep);
        assertTrue(report(root).contains("`analysis` nests quotes or lists more than " + MarkdownLimits.MAX_DEPTH + " levels deep"), report(root));
    }

    @Test
    void theLanguageIsEnglishWhenAbsentAndARatingIdMustBeAnId() {
        Path root = root();
        replace(root.resolve("content/site.yaml"), "language: en\n", "");
        Diagnostics d = new Diagnostics();
        Project p = new ProjectLoader(root).load(d).orElseThrow(() -> new AssertionError(d.report()));
        assertEquals("en", p.config().language());
        replace(root.resolve("content/site.yaml"), "  - id: unproven", "  - id: Not Proven");
        assertTrue(report(root).contains("rating id `Not Proven` is not a valid id"), report(root));
    }

    @Test
    void anUnchangedRecordIsTheLastLoadsObject() {
        Path root = root();
        LoadCache cache = LoadCache.keeping();
        Diagnostics d = new Diagnostics();
        Project first = new ProjectLoader(root, cache, FileChanges.unknown()).load(d).orElseThrow();
        cache.nextBuild();
        Project second = new ProjectLoader(root, cache, FileChanges.unknown()).load(d).orElseThrow();
        assertSame(first.claims().get(0), second.claims().get(0), "the cache was hit: the same claim object");
        assertSame(first.sources().get(0), second.sources().get(0));
        assertSame(first.config(), second.config());
    }
}
