package factcheck.cite;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What `check` says when a quote is not where it should be: each message names the real cause. */
class CitationMessagesTest {

    @TempDir
    Path tmp;

    private String check(Path root) {
        Diagnostics d = new Diagnostics();
        new Build(root).check(d);
        return d.report();
    }

    @Test
    void aQuoteInAnotherScriptIsNotTakenForAnEmptySource() {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("seeds/letter.txt"), "Письмо в редакцию\n\nЯ насчитал двенадцать раненых.\n");
        String report = check(root);
        assertFalse(report.contains("the source text is empty"), report);
        assertTrue(report.contains("no passage of the source comes close to the quote"), report);
        assertTrue(report.contains("is it in another language or script, or from another source?"), report);
    }

    @Test
    void aQuoteOfNoBreakSpacesIsEmpty() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "quote: I counted twelve injured officers, not eighteen.", "quote: \"\\u00A0\\u00A0\"");
        String report = check(root);
        assertTrue(report.contains("officers-hurt.yaml:17:12: the quote is empty: it holds only spaces or invisible characters"), report);
    }

    @Test
    void anAmbiguousQuoteListsTenDistinctLinesAndCountsTheRest() {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("seeds/letter.txt"), "I counted twelve injured officers, not eighteen.\n".repeat(30));
        String report = check(root);
        assertTrue(report.contains("quote found 30 times in source `letter` (seeds/letter.txt), at lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 20 more"), report);
    }

    @Test
    void aLookAlikeLetterIsNamed() {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("seeds/letter.txt"), "A letter\n\nI counted twelve injured оfficers, not eighteen.\n"); // Cyrillic о
        String report = check(root);
        assertTrue(report.contains("it differs from the quote at U+043E CYRILLIC SMALL LETTER O where the quote has U+006F LATIN SMALL LETTER O"), report);
    }
}
