package factcheck.render;

import java.util.ArrayDeque;
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
 * {@code card}, {@code header} and {@code footer} fragments {@link CardHtml} and {@link Chrome}
 * paste into any page. So a change to {@code topic.html}
 * re-renders the topic pages alone, and one to {@code layout.html} every page.
 *
 * <p>Read from the template's text rather than from Thymeleaf, which resolves a template once
 * per engine and caches it, so it never says which page read what. A name that is itself an
 * expression ({@code ~{${name} :: x}}) cannot be read from the text: such a template is taken
 * to read every template, which is never wrong, only slower.
 */
final class TemplateUses {

    /** The template that {@link CardHtml} renders each card from, and {@link Chrome} the header and footer. */
    static final String LAYOUT = "layout";

    /** A fragment expression's template name: what follows {@code ~{} up to {@code ::} or the closing brace. */
    private static final Pattern FRAGMENT_EXPRESSION = Pattern.compile("~\\{\\s*([^:}]*?)\\s*(?:::|})");
    /** An inclusion attribute's value, which may be a fragment expression's short form without {@code ~{...}}. */
    private static final Pattern INCLUSION = Pattern.compile("(?:th|data-th)[:-](?:replace|insert|include)\\s*=\\s*([\"'])(.*?)\\1", Pattern.DOTALL);
    /** A plain template name, as the theme's files are named. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_./-]+");

    private final Map<String, Set<String>> uses = new HashMap<>();

    TemplateUses(Map<String, String> templates) {
        Map<String, Set<String>> direct = new HashMap<>();
        templates.forEach((name, text) -> direct.put(name, named(name, text, templates.keySet())));
        for (String name : templates.keySet()) uses.put(name, Set.copyOf(closure(name, direct)));
    }

    /** The templates a page made from {@code template} reads: every template when it is not one of them. */
    Set<String> of(String template, Set<String> all) {
        return uses.getOrDefault(template, all);
    }

    /** The templates {@code text} names directly, itself and {@link #LAYOUT} included: all of them when one is named by an expression. */
    private static Set<String> named(String self, String text, Set<String> all) {
        Set<String> names = new HashSet<>(List.of(self, LAYOUT));
        Matcher m = FRAGMENT_EXPRESSION.matcher(text);
        while (m.find()) {
            if (!add(m.group(1), names)) return all;
        }
        Matcher attribute = INCLUSION.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2).strip();
            // ~{...} was read above; ${content} is a fragment that the including template made (~{::main}).
            if (value.startsWith("~{") || value.startsWith("${")) continue;
            int selector = value.indexOf("::");
            if (!add((selector < 0 ? value : value.substring(0, selector)).strip(), names)) return all;
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

    private static Set<String> closure(String start, Map<String, Set<String>> direct) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(Set.of(start));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (!seen.add(name)) continue;
            todo.addAll(direct.getOrDefault(name, Set.of()));
        }
        return seen;
    }
}
