package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A page reads its template, the templates that one names, theirs in turn, and the cards' template. */
class TemplateUsesTest {

    private static final Map<String, String> THEME = Map.of(
            "layout", "<div th:fragment=\"card\"></div><footer th:replace=\"~{footer :: f}\"></footer>",
            "footer", "<p th:fragment=\"f\">x</p>",
            "claim", "<html th:replace=\"~{layout :: layout(${page.title}, ~{::main})}\"><main></main></html>",
            "short", "<div th:insert=\"parts :: bit\"></div><div th:include='whole'></div>",
            "parts", "<b th:fragment=\"bit\">b</b>",
            "whole", "<i>w</i>",
            "dynamic", "<div th:replace=\"~{${name} :: x}\"></div>",
            "own", "<div th:replace=\"~{this :: x}\"></div><div th:replace=\"${content}\"></div>");

    private static Set<String> uses(String template) {
        return new TemplateUses(THEME).of(template, THEME.keySet());
    }

    @Test
    void aTemplateReadsWhatItsFragmentExpressionsNameTransitively() {
        assertEquals(Set.of("claim", "layout", "footer"), uses("claim"));
        assertEquals(Set.of("footer", "layout"), uses("footer"), "every page may paste cards, which layout makes");
    }

    @Test
    void theShortFormsWithoutBracesCount() {
        assertEquals(Set.of("short", "parts", "whole", "layout", "footer"), uses("short"));
    }

    @Test
    void aNameMadeByAnExpressionReadsEveryTemplate() {
        assertEquals(THEME.keySet(), uses("dynamic"));
    }

    @Test
    void thisAndAFragmentPassedInAreTheTemplateItself() {
        assertEquals(Set.of("own", "layout", "footer"), uses("own"));
    }

    @Test
    void anUnknownTemplateReadsEveryTemplate() {
        assertEquals(THEME.keySet(), uses("missing"));
    }
}
