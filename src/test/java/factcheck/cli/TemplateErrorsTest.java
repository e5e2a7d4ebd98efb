package factcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mistake in a template names the template, line and expression, and what could have been meant. */
class TemplateErrorsTest {

    @TempDir
    Path tmp;

    private Cli build(String from, String to) {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.replace(root.resolve("templates/claim.html"), from, to);
        return Cli.run("build", "--no-daemon", "--root", root.toString());
    }

    @Test
    void aMistypedFieldListsTheFieldsThereAre() {
        Cli r = build("th:text=\"${c.claim}\">Claim</h1>", "th:text=\"${c.claimm}\">Claim</h1>");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("templates/claim.html: ") && r.err().contains("\"c.claimm\" (template: \"claim\" - line 9, col 9)"), r.err());
        assertTrue(r.err().contains("no property `claimm` on Claim; its fields: id, claim, claimant,"), r.err());
        assertTrue(!r.err().contains("no variable"), "c is th:with's, not a missing variable: " + r.err());
    }

    @Test
    void aMistypedVariableListsTheVariablesThePageHas() {
        Cli r = build("th:text=\"${c.claim}\">Claim</h1>", "th:text=\"${pagee.card.claim}\">Claim</h1>");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("this page has no variable `pagee`: it has assets, canonical, cards, chrome, jsonLd, links, locale, page, pages,"), r.err());
    }

    @Test
    void aNullOnTheWayIsNotCalledAMissingVariable() {
        // budget-rose has no date: c.date is null, and c (th:with's) is no page variable, yet nothing is missing.
        Cli r = build("th:text=\"${c.claim}\">Claim</h1>", "th:text=\"${c.date.year}\">Claim</h1>");
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("source is null") && !r.err().contains("no variable"), r.err());
    }
}
