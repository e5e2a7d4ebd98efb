package factcheck.render;

import factcheck.cache.Memo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Each claim's card ({@code layout :: card}), rendered once per build and folder depth and then
 * pasted into every list that shows it: the claims index, its verdict page, its topic pages,
 * its actor pages, the home page. Rendered once rather than five times, and a rebuild renders
 * again only the cards that changed, where it used to render ten thousand cards anew for each
 * list that held one edited claim (measured on the 10,000-claim corpus: the lists were most of
 * an edit's rendering). The card is still the theme's own Thymeleaf fragment.
 */
final class CardHtml {

    private final TemplateEngine engine;
    private final Memo<List<Object>, String> rendered;
    private final SiteLocale locale;

    CardHtml(TemplateEngine engine, Memo<List<Object>, String> rendered, SiteLocale locale) {
        this.engine = engine;
        this.rendered = rendered;
        this.locale = locale;
    }

    /** Starts a render: the cards of that render's pages. */
    Cards nextRender() {
        rendered.nextBuild();
        return new Cards();
    }

    /**
     * The cards of one render. Within it an id names one card, so the lists after the first find
     * it by id and depth without hashing the whole card (its claim, citations and all); a page of
     * an older render, rendered late (serve renders on demand), still sees that render's cards.
     */
    final class Cards {

        private final Map<String, String> byIdAndDepth = new ConcurrentHashMap<>();

        private Cards() {}

        /** The cards as a page at {@code links}' place sees them: templates call {@code ${cards.list(claims)}} or {@code ${cards.html(c)}}. */
        OnPage on(Links links) {
            return new OnPage(this, links);
        }
    }

    /** The cards for one page. Public, with a public method: templates call it through OGNL. */
    public final class OnPage {

        private final Cards render;
        private final Links links;

        private OnPage(Cards render, Links links) {
            this.render = render;
            this.links = links;
        }

        public String html(Views.ClaimCard card) {
            // Links differ only by how deep the page is: the key is the card and that prefix.
            String prefix = links.home();
            return render.byIdAndDepth.computeIfAbsent(prefix + card.id(), k -> rendered.get(List.of(card, prefix), c -> render(card)));
        }

        /**
         * The cards of a whole list, one after another: what list templates paste, one expression
         * per list where one per card cost a template iteration and a reflective call each (on the
         * 10,000-card claims index, most of its rendering).
         */
        public String list(List<Views.ClaimCard> cards) {
            StringBuilder out = new StringBuilder();
            for (Views.ClaimCard c : cards) out.append(html(c));
            return out.toString();
        }

        private String render(Views.ClaimCard card) {
            Context context = new Context(Locale.ROOT);
            context.setVariable("c", card);
            context.setVariable("links", links);
            context.setVariable("locale", locale);
            return engine.process(TemplateUses.LAYOUT, Set.of("card"), context);
        }
    }
}
