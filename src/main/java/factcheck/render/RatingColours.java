package factcheck.render;

import factcheck.model.Rating;
import factcheck.model.SiteConfig;

/**
 * The stylesheet rules for the ratings that give their own colours ({@code colour}, {@code darkColour}
 * in site.yaml, checked for contrast when read), put in each page's head; null when none does, so
 * that a site without them has no such element. A rating without a dark colour keeps its tone's in
 * dark mode, which is checked there.
 */
final class RatingColours {

    private RatingColours() {}

    static String css(SiteConfig site) {
        // Asked for on every page: most sites give no colour, and pay no more than this look.
        if (site.ratings().stream().allMatch(r -> r.colour() == null && r.darkColour() == null)) return null;
        StringBuilder light = new StringBuilder();
        StringBuilder dark = new StringBuilder();
        for (Rating r : site.ratings()) {
            if (r.colour() == null && r.darkColour() == null) continue;
            // Ids and colours are checked as read (lowercase letters, digits, `-`; #rrggbb): nothing here needs escaping.
            String selector = ".verdict.rating-" + r.id();
            if (r.colour() != null) light.append(selector).append(" { color: ").append(r.colour()).append("; }\n");
            dark.append("  ").append(selector).append(" { color: ")
                    .append(r.darkColour() != null ? r.darkColour() : "var(--r" + r.shade() + ")").append("; }\n");
        }
        return light + "@media (prefers-color-scheme: dark) {\n" + dark + "}\n";
    }
}
