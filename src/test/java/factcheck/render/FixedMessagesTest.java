package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.model.Messages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Messages written into a template before the engine parses it come out exactly as the engine writes them. */
class FixedMessagesTest {

    private static final Messages MESSAGES = new Messages("en", Map.of(
            "plain", Messages.Message.of("Claims"),
            "quoted", Messages.Message.of("Say \"yes\" & <mean> it's {0}"),
            "apostrophe", Messages.Message.of("l'article d'abord"),
            "count", new Messages.Message(null, Map.of("one", "{0} claim", "other", "{0} claims")),
            "linkHtml", Messages.Message.of("<a href=\"x\">{0}</a>"),
            "inline", Messages.Message.of("Topics [[x]] [(y)]")));

    private final InterfaceText text = new InterfaceText(MESSAGES, new SiteLocale(MESSAGES));
    private final FixedMessages fixed = new FixedMessages(text);

    private String render(String template) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        engine.setMessageResolver(text);
        Context context = new Context();
        context.setVariable("yes", true);
        return engine.process(template, context);
    }

    @Test
    void inlinedTemplatesRenderAsTheEngineRendersThem() {
        for (String key : List.of("plain", "quoted", "apostrophe")) {
            for (String template : List.of(
                    "<h2 id=\"a\" th:text=\"#{" + key + "}\">Old</h2>",
                    "<p th:if=\"${yes}\" class=\"meta\" th:text=\"#{" + key + "}\">Old text</p>",
                    "<p th:unless=\"${yes}\" th:text=\"#{" + key + "}\">Old</p>",
                    "<th:block th:text=\"#{" + key + "}\">Old</th:block> after",
                    "<nav class=\"x\" th:aria-label=\"#{" + key + "}\"><a href=\"#\">a</a></nav>",
                    "<p th:data-shown=\"#{" + key + "}\" th:title=\"#{" + key + "}\"></p>",
                    "<li th:each=\"i : ${ {1, 2} }\" th:text=\"#{" + key + "}\">x</li>",
                    "<nav aria-label=\"Old\" th:aria-label=\"#{" + key + "}\"></nav>",          // the placeholder is replaced
                    "<p th:if=\"${2 > 1}\" th:text=\"#{" + key + "}\">x</p><img th:alt=\"#{" + key + "}\" src=\"a.png\"/>")) {
                String inlined = fixed.inline(template);
                assertFalse(inlined.contains("#{"), "written in: " + inlined);
                assertEquals(render(template), render(inlined), template);
            }
        }
    }

    @Test
    void whatTheEngineMustDoIsLeftToIt() {
        for (String template : List.of(
                "<p th:text=\"#{count(${2})}\">x</p>",            // a value
                "<p th:text=\"#{count}\">x</p>",                 // counted
                "<p th:utext=\"#{linkHtml}\">x</p>",             // markup
                "<p th:text=\"#{plain}\">a <b>b</b></p>",         // content with markup
                "<p th:text=\"#{unknown}\">x</p>",               // no such message
                "<p th:text=\"#{inline}\">x</p>",                // Thymeleaf's inline syntax in its text
                "<!-- <p th:text=\"#{plain}\">x</p> -->")) {    // a comment
            assertEquals(template, fixed.inline(template));
        }
        assertTrue(render("<p th:text=\"#{count(${2})}\">x</p>").contains("2 claims"));
        assertEquals("<p>Topics [[x]] [(y)]</p>", render("<p th:text=\"#{inline}\">x</p>"), "the engine writes it as text");
    }
}
