package factcheck.render;

import factcheck.model.Project;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The site's header and footer ({@code layout :: site-header}, {@code layout :: site-footer}), rendered
 * once per render for each folder depth and section and pasted into every page of that place
 * ({@code ${chrome.header()}}): they are the same on ten thousand claim pages, and going through
 * the template engine for each was a twentieth of a cold 10,000-claim build. They see what is
 * the same on every such page: {@code site}, {@code publisher}, {@code pages}, {@code links},
 * {@code section} and {@code locale}. A theme whose layout does not call them renders its header with each page, as before.
 */
final class Chrome {

    private final TemplateEngine engine;
    private final Project project;
    private final SiteLocale locale;
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    Chrome(TemplateEngine engine, Project project, SiteLocale locale) {
        this.engine = engine;
        this.project = project;
        this.locale = locale;
    }

    /** The header and footer as a page at {@code links}' place, in {@code section}, shows them. */
    OnPage on(Links links, String section) {
        return new OnPage(links, section);
    }

    /** Public, with public methods: templates call them. */
    public final class OnPage {

        private final Links links;
        private final String section;

        private OnPage(Links links, String section) {
            this.links = links;
            this.section = section;
        }

        public String header() {
            return fragment("site-header");
        }

        public String footer() {
            return fragment("site-footer");
        }

        private String fragment(String name) {
            // Links differ only by how deep the page is: the key is that prefix. The fragment names are not
            // element names, which a Thymeleaf selector would also match (every <footer> of the layout).
            return rendered.computeIfAbsent(name + '\n' + links.home() + '\n' + section, k -> {
                Context context = new Context(Locale.ROOT);
                context.setVariable("site", project.config());
                context.setVariable("publisher", project.config().publisherOrTitle());
                context.setVariable("pages", project.pages());
                context.setVariable("links", links);
                context.setVariable("section", section);
                context.setVariable("locale", locale);
                return engine.process(TemplateUses.LAYOUT, Set.of(name), context);
            });
        }
    }
}
