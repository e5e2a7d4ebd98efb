package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Every expression gives what OGNL gives; the plain ones never reach OGNL. */
class DirectExpressionsTest {

    public record Person(String name, Person boss, List<String> tags) {
        public String greet(String whom, Person other) {
            return "hello " + whom + " from " + other.name();
        }

        public String fails() {
            throw new IllegalStateException("broken");
        }
    }

    /** A JavaBean, read through its getters as OGNL reads it. */
    public static final class Bean {
        public String getTitle() {
            return "a bean";
        }

        public boolean isActive() {
            return true;
        }

        public String link(String path) {
            return "../" + path;
        }
    }

    private final List<String> toOgnl = Collections.synchronizedList(new ArrayList<>());
    private final TemplateEngine direct = engine(new DirectExpressions(recording()));
    private final TemplateEngine ognl = engine(new OGNLVariableExpressionEvaluator(true));

    private IStandardVariableExpressionEvaluator recording() {
        IStandardVariableExpressionEvaluator real = new OGNLVariableExpressionEvaluator(true);
        return (context, expression, expContext) -> {
            toOgnl.add(expression.getExpression());
            return real.evaluate(context, expression, expContext);
        };
    }

    private static TemplateEngine engine(IStandardVariableExpressionEvaluator evaluator) {
        RecordAccessor.install();
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(evaluator);
        engine.setDialect(dialect);
        return engine;
    }

    private static Context context() {
        Person boss = new Person("Ada", null, List.of());
        Context c = new Context(Locale.ROOT);
        c.setVariable("p", new Person("Bob", boss, List.of("x", "y")));
        c.setVariable("bean", new Bean());
        c.setVariable("map", new TreeMap<>(Map.of("k", List.of(1, 2, 3))));
        c.setVariable("n", 7);
        return c;
    }

    /** The template as both engines render it, checked equal; and which expressions went to OGNL. */
    private String render(String template) {
        String expected = ognl.process(template, context());
        toOgnl.clear();
        String actual = direct.process(template, context());
        assertEquals(expected, actual, template);
        return actual;
    }

    @Test
    void chainsOfRecordsBeansAndListsAreEvaluatedWithoutOgnl() {
        String out = render("<p th:text=\"${p.name}\"></p><p th:text=\"${p.boss.name}\"></p><p th:text=\"${p.tags.size()}\"></p>"
                + "<p th:text=\"${p.tags.isEmpty()}\"></p><p th:text=\"${bean.title}\"></p><p th:text=\"${bean.active}\"></p>"
                + "<a th:href=\"${bean.link('feed.xml')}\"></a><p th:text=\"${p.greet('you', p.boss)}\"></p>"
                + "<p th:text=\"${map.isEmpty()}\"></p><p th:text=\"${n}\"></p>"
                + "<p th:each=\"e : ${map}\" th:text=\"${e.key} + ${e.value.size()}\"></p>"
                + "<p th:text=\"${p.boss} != null ? |${p.name} works for ${p.boss.name}| : 'free'\"></p>");
        assertEquals("<p>Bob</p><p>Ada</p><p>2</p><p>false</p><p>a bean</p><p>true</p><a href=\"../feed.xml\"></a>"
                + "<p>hello you from Ada</p><p>false</p><p>7</p><p>k3</p><p>Bob works for Ada</p>", out);
        assertEquals(List.of(), toOgnl);
    }

    @Test
    void everythingElseIsLeftToOgnl() {
        render("<p th:text=\"${p.name == 'Bob' ? 'yes' : 'no'}\"></p><p th:text=\"${map.k}\"></p><p th:text=\"${p.tags[0]}\"></p>"
                + "<p th:text=\"${#strings.toUpperCase(p.name)}\"></p><p th:text=\"${p.boss.boss}\"></p><p th:text=\"${n + 1}\"></p>"
                + "<p th:object=\"${p}\" th:text=\"*{name}\"></p><p th:text=\"${p.tags.get(0)}\"></p>");
        assertEquals(List.of("p.name == 'Bob' ? 'yes' : 'no'", "map.k", "p.tags[0]", "#strings.toUpperCase(p.name)", "n + 1",
                "name", "p.tags.get(0)"), toOgnl); // p.boss.boss is a chain ending at null: evaluated here
    }

    @Test
    void failuresAreOgnlsOwn() {
        for (String expression : List.of("p.boss.boss.name", "p.missing", "p.fails()", "bean.getClass().getClassLoader()", "p.name.nothing()")) {
            String template = "<p th:text=\"${" + expression + "}\"></p>";
            TemplateProcessingException expected = assertThrows(TemplateProcessingException.class, () -> ognl.process(template, context()));
            TemplateProcessingException actual = assertThrows(TemplateProcessingException.class, () -> direct.process(template, context()));
            assertEquals(expected.getMessage(), actual.getMessage(), expression);
        }
    }

    @Test
    void restrictedPlacesStillRefuseRequestParameters() {
        Context c = context();
        c.setVariable("param", new Person("secret", null, List.of()));
        TemplateProcessingException e = assertThrows(TemplateProcessingException.class,
                () -> direct.process("<a th:href=\"${param.name}\"></a>", c));
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) messages.append(t.getMessage()).append('\n');
        assertTrue(messages.toString().contains("forbidden"), messages.toString());
    }
}
