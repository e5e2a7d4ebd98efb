package factcheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageDecoratorTest {

    private final PageDecorator decorator = new PageDecorator();

    @Test
    void theReloadHookGoesJustBeforeTheEndOfTheBody() {
        String page = decorator.decorate("<html><body><p>x</p></BODY></html>", 7, List.of());
        assertTrue(page.startsWith("<html><body><p>x</p><script data-factcheck-serve>"), page);
        assertTrue(page.endsWith("</script>\n</BODY></html>"), page);
        assertTrue(page.contains("var g=\"7\""), page);
        assertFalse(page.contains("factcheck-errors"), "no banner without problems");
    }

    @Test
    void everyProblemIsListedInTheBannerHtmlEscaped() {
        String page = decorator.decorate("<body></body>", 3, List.of(
                "content/claims/a.yaml:2:7: unknown key `<script>alert(1)</script>`",
                "content/claims/b.yaml:9:1: quote not found in source `x` & \"y\""));
        assertTrue(page.contains("Build failed (2 problems)"), page);
        assertTrue(page.contains("content/claims/a.yaml:2:7: unknown key `&lt;script&gt;alert(1)&lt;/script&gt;`"), page);
        assertTrue(page.contains("content/claims/b.yaml:9:1: quote not found in source `x` &amp; &quot;y&quot;"), page);
        assertFalse(page.contains("<script>alert"), page);
    }

    @Test
    void aPageWithoutBodyGetsTheHookAtTheEnd() {
        String page = decorator.decorate("<p>fragment</p>", 1, List.of());
        assertTrue(page.startsWith("<p>fragment</p><script data-factcheck-serve>"), page);
        assertEquals(1, page.split("data-factcheck-serve", -1).length - 1);
    }
}
