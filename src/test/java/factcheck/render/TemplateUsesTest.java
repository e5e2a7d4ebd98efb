package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page reads its template, the templates that one names, theirs in turn, and the layout's shared fragments. */
class TemplateUsesTest {

    private static final Map<String, String> THEME = Map.of(
            "layout", "<html th:fragment=\"layout(title, content)\"><div th:replace=\"${content}\"></div></html>"
                    + "<div th:fragment=\"card\"></div><footer th:replace=\"~{footer :: f}\"></footer>",
            "footer", "<p th:fragment=\"f\">x</p>",
            "claim", "<html th:replace=\"~{layout :: layout(${page.title}, ~{::main})}\"><main></main></html>",
            "short", "<div th:insert=\"parts :: bit\"></div><div th:include='whole'></div>",
            "unquoted", "<div TH:INSERT=parts::bit></div>",
            "parts", "<b th:fragment=\"bit\">b</b>",
            "whole", "<i>w</i>",
            "dynamic", "<div th:replace=\"~{${name} :: x}\"></div>",
            "variable", "<div th:insert=\"${kind} :: x\"></div>",
            "own", "<div th:replace=\"~{this :: x}\"></div>");

    private static final TemplateUses USES = new TemplateUses(THEME);

    @Test
    void aTemplateReadsWhatItsFragmentExpressionsNameTransitively() {
        assertEquals(Set.of("claim", "layout", "footer"), USES.of("claim"));
        assertEquals(Set.of("footer", "layout"), USES.of("footer"), "every page may paste cards, which layout makes");
    }

    @Test
    void theShortFormsCountQuotedOrNotInAnyCase() {
        assertEquals(Set.of("short", "parts", "whole", "layout", "footer"), USES.of("short"));
        assertEquals(Set.of("unquoted", "parts", "layout", "footer"), USES.of("unquoted"));
    }

    @Test
    void aNameMadeByAnExpressionReadsEveryTemplateEvenOneRemoved() {
        assertNull(USES.of("dynamic"));
        assertNull(USES.of("variable"), "th:insert=\"${kind}\" inserts the template that kind names");
        assertTrue(USES.reads("dynamic", Set.of("a-template-since-removed")));
    }

    @Test
    void thisAndAFragmentsOwnParameterAreTheTemplateItself() {
        assertEquals(Set.of("own", "layout", "footer"), USES.of("own"));
        assertEquals(Set.of("layout", "footer"), USES.of("layout"), "${content} is the markup the including page made");
    }

    @Test
    void aPageReadsAChangeOnlyAmongItsTemplates() {
        assertTrue(USES.reads("claim", Set.of("footer")));
        assertFalse(USES.reads("claim", Set.of("parts")));
        assertTrue(USES.reads("missing", Set.of("parts")), "a page of a template that is gone renders again");
        assertFalse(USES.reads("dynamic", Set.of()), "nothing changed");
    }
}
