package factcheck.render;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which templates a page made from each template reads: the template itself, every template its
 * fragment expressions name ({@code ~{layout :: pager(...)}}, or the short form
 * {@code th:replace="layout :: pager"}), and theirs in turn; and {@code layout}, whose
 * {@code card}, {@code site-header} and {@code site-footer} fragments {@link CardHtml} and
 * {@link Chrome} paste into any page. So a change to {@code topic.html} re-renders the topic
 * pages alone, and one to {@code layout.html} every page.
 *
 * <p>Read from the template's text rather than from Thymeleaf, which resolves a template once
 * per engine and caches it, so it never says which page read what. A name that is itself an
 * expression ({@code ~{${name} :: x}}, {@code th:insert="${name}"}) cannot be read from the
 * text: such a template is taken to read every template, even one removed since, which is never
 * wrong, only slower. The one expression read as the template itself is a fragment's own
 * parameter ({@code th:replace="${content}"} in {@code th:fragment="layout(title, content)"}),
 * which holds markup that the including template made.
 */
final class TemplateUses {

    /** The template that {@link CardHtml} renders each card from, and {@link Chrome} the header and footer. */
    static final String LAYOUT = "layout";

    /** A fragment expression's template name: what follows {@code ~{} up to {@code ::} or the closing brace. */
    private static final Pattern FRAGMENT_EXPRESSION = Pattern.compile("~\\{\\s*([^:}]*?)\\s*(?:::|})");
    /**
     * An inclusion attribute's value, which may be a fragment expression's short form without
     * {@code ~{...}}; quoted or not, and in any case, as Thymeleaf's HTML parser reads attributes.
     */
    private static final Pattern INCLUSION = Pattern.compile(
            "(?i)(?:th|data-th)[:-](?:replace|insert|include)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>\"']+))");
    /** A fragment's signature: its parameters may be inserted as {@code ${name}}. */
    private static final Pattern SIGNATURE = Pattern.compile("(?i)(?:th|data-th)[:-]fragment\\s*=\\s*[\"'][^\"'(]*\\(([^)\"']*)\\)");
    private static final Pattern PARAMETER = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}");
    /** A plain template name, as the theme's files are named. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_./-]+");

    /** By template: the templates it reads, or null when it reads one named by an expression. */
    private final Map<String, Set<String>> uses = new HashMap<>();

    TemplateUses(Map<String, String> templates) {
        Map<String, Set<String>> direct = new HashMap<>();
        templates.forEach((name, text) -> direct.put(name, named(name, text)));
        for (String name : templates.keySet()) uses.put(name, closure(name, direct));
    }

    /** Whether a page made from {@code template} reads one of {@code changed}: always, for a template it cannot tell. */
    boolean reads(String template, Set<String> changed) {
        if (changed.isEmpty()) return false;
        Set<String> read = uses.get(template);
        return read == null || !Collections.disjoint(read, changed);
    }

    /** Tests: the templates {@code template} reads; null when that is every template. */
    Set<String> of(String template) {
        return uses.get(template);
    }

    /** The templates {@code text} names directly, itself and {@link #LAYOUT} included; null when one is named by an expression. */
    private static Set<String> named(String self, String text) {
        Set<String> names = new HashSet<>(List.of(self, LAYOUT));
        Matcher m = FRAGMENT_EXPRESSION.matcher(text);
        while (m.find()) {
            if (!add(m.group(1), names)) return null;
        }
        Set<String> parameters = parameters(text);
        Matcher attribute = INCLUSION.matcher(text);
        while (attribute.find()) {
            String value = (attribute.group(1) != null ? attribute.group(1) : attribute.group(2) != null ? attribute.group(2) : attribute.group(3)).strip();
            if (value.startsWith("~{")) continue; // read above
            Matcher parameter = PARAMETER.matcher(value);
            if (parameter.matches() && parameters.contains(parameter.group(1))) continue; // markup the includer made
            if (value.contains("${") || value.contains("*{") || value.contains("#{")) return null;
            int selector = value.indexOf("::");
            if (!add((selector < 0 ? value : value.substring(0, selector)).strip(), names)) return null;
        }
        return names;
    }

    private static Set<String> parameters(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = SIGNATURE.matcher(text);
        while (m.find()) {
            for (String p : m.group(1).split(",")) names.add(p.strip());
        }
        return names;
    }

    /** Adds a template name read from the text; false when it is not a plain name. */
    private static boolean add(String name, Set<String> names) {
        if (name.isEmpty() || name.equals("this")) return true; // ~{::main}, ~{this :: x}: the template itself
        if (!PLAIN_NAME.matcher(name).matches()) return false;
        names.add(name);
        return true;
    }

    /** Every template {@code start} reads, directly or through others; null when one of them names a template by expression. */
    private static Set<String> closure(String start, Map<String, Set<String>> direct) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name) || !direct.containsKey(name)) continue; // a name with no template: read, and missing
            Set<String> next = direct.get(name);
            if (next == null) return null;
            todo.addAll(next);
        }
        return Set.copyOf(seen);
    }
}
