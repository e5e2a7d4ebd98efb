package factcheck.render;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.CheckedProject;
import factcheck.site.Build;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** serve's renderer re-renders only the pages an edit touches, and the site is what a full render makes. */
class RememberingRendererTest {

    @TempDir
    Path tmp;

    private static CheckedProject check(Path root) {
        Diagnostics d = new Diagnostics();
        return new Build(root).check(d).orElseThrow(() -> new AssertionError(d.report()));
    }

    private static Map<String, String> render(Renderer renderer, CheckedProject project) {
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        renderer.render(project, files::put);
        Map<String, String> text = new TreeMap<>();
        files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return text;
    }

    @Test
    void anEditReRendersOnlyThePagesItTouchesAndTheSiteEqualsAFullRender() {
        Path root = TestProjects.copy("basic", tmp);
        CheckedProject before = check(root);
        Renderer renderer = Renderer.remembering(before.project().theme());
        render(renderer, before);
        int all = renderer.pagesProcessed();

        render(renderer, before);
        assertEquals(0, renderer.pagesProcessed(), "nothing changed, nothing re-rendered");

        replace(root.resolve("content/claims/budget-rose.yaml"), "summary: The report says so twice.", "summary: The report says so, twice.");
        CheckedProject after = check(root);
        Map<String, String> remembered = render(renderer, after);
        assertTrue(renderer.pagesProcessed() > 0 && renderer.pagesProcessed() < all,
                renderer.pagesProcessed() + " of " + all + " pages re-rendered");
        assertEquals(render(new Renderer(after.project().theme()), after), remembered,
                "the same files, byte for byte, as a full render");
        assertTrue(remembered.get("claims/budget-rose/index.html").contains("The report says so, twice."));
    }

    @Test
    void aTemplateChangeReRendersThePagesMadeFromItAlone() {
        Path root = TestProjects.copy("basic", tmp);
        CheckedProject before = check(root);
        Renderer renderer = Renderer.remembering(before.project().theme());
        render(renderer, before);

        replace(root.resolve("templates/claim.html"), "<p class=\"kicker\" th:text=\"#{claim.kicker}\">Claim</p>", "<p class=\"kicker\">Checked claim</p>");
        CheckedProject after = check(root);
        renderer = renderer.with(after.project().theme());
        Map<String, String> remembered = render(renderer, after);
        assertEquals(after.project().claims().size(), renderer.pagesProcessed(), "the claim pages, and no other");
        assertEquals(render(new Renderer(after.project().theme()), after), remembered,
                "the same files, byte for byte, as a full render");
        assertTrue(remembered.get("claims/budget-rose/index.html").contains("Checked claim"));
    }

    @Test
    void aChangeToATemplateThatTheCardsIncludeReRendersEveryListWithItsCards() throws java.io.IOException {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("templates/layout.html"), "<li th:fragment=\"card(c)\" class=\"card\">",
                "<li th:fragment=\"card(c)\" class=\"card\"><b th:replace=\"~{badge :: b}\"></b>");
        java.nio.file.Files.writeString(root.resolve("templates/badge.html"), "<b th:fragment=\"b\">old badge</b>");
        CheckedProject before = check(root);
        Renderer renderer = Renderer.remembering(before.project().theme());
        assertTrue(render(renderer, before).get("index.html").contains("old badge"));

        java.nio.file.Files.writeString(root.resolve("templates/badge.html"), "<b th:fragment=\"b\">new badge</b>");
        CheckedProject after = check(root);
        renderer = renderer.with(after.project().theme());
        Map<String, String> remembered = render(renderer, after);
        assertEquals(render(new Renderer(after.project().theme()), after), remembered,
                "the same files, byte for byte, as a full render: no card kept from before");
        assertTrue(remembered.get("index.html").contains("new badge"));
    }

    @Test
    void changedMessagesRenderEveryPageAgainMarkedArticlesIncluded() {
        Path root = TestProjects.copy("basic", tmp);
        CheckedProject before = check(root);
        Renderer renderer = Renderer.remembering(before.project().theme());
        render(renderer, before);

        TestProjects.write(root.resolve("templates/messages/en.yaml"), "nav.claims: Checks\nsource.passageLabel: \"Excerpt {0}: {1}\"\n");
        CheckedProject after = check(root);
        renderer = renderer.with(after.project().theme());
        Map<String, String> remembered = render(renderer, after);
        assertEquals(render(new Renderer(after.project().theme()), after), remembered, "the same files, byte for byte, as a full render");
        assertTrue(remembered.get("index.html").contains(">Checks</a>"));
        assertTrue(remembered.get("sources/report/index.html").contains("aria-label=\"Excerpt 1: "), "an article's marks say the new words");
    }
}
