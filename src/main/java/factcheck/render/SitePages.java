package factcheck.render;

import factcheck.cache.Memo;
import factcheck.model.Actor;
import factcheck.model.Claim;
import factcheck.model.Page;
import factcheck.model.Project;
import factcheck.model.Source;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every HTML page of the site as a job: its path, its template, and how to make its variables
 * (made only when the page is rendered, on a rendering thread). One method per page kind.
 */
final class SitePages {

    /** Cards per page of a verdict or topic: a desk's ten thousand checks on one page made a 3.5 MB page. */
    static final int PAGE_SIZE = 50;
    /** Cards per verdict on the claims index, the newest; the verdict's own pages list them all. */
    static final int NEWEST_PER_VERDICT = 20;
    /** The page static hosts (GitHub Pages, Netlify, Cloudflare Pages) show for an address with no file. */
    static final String NOT_FOUND = "404.html";
    /** Disputed claims on the home page, the newest; {@code disputed/} lists them all. */
    static final int NEWEST_DISPUTED = 10;

    private final Catalog catalog;
    private final Markdown markdown;
    private final Json json;

    private final Memo<List<Object>, String> sourceTexts;
    /** For the words a marked passage says to a screen reader, in the site's language. */
    private final InterfaceText text;

    SitePages(Catalog catalog, Markdown markdown, Json json, Memo<List<Object>, String> sourceTexts, InterfaceText text) {
        this.sourceTexts = sourceTexts;
        this.text = text;
        this.catalog = catalog;
        this.markdown = markdown;
        this.json = json;
    }

    List<PageJob> jobs() {
        List<PageJob> jobs = new ArrayList<>();
        home(jobs);
        claims(jobs);
        actors(jobs);
        sources(jobs);
        browse(jobs);
        for (Page p : catalog.project().pages()) {
            jobs.add(new PageJob(p.id() + "/index.html", "page", () -> Map.of("page", p, "bodyHtml", markdown.html(p.body()))));
        }
        return jobs;
    }

    private void home(List<PageJob> jobs) {
        List<Views.ClaimCard> disputed = catalog.disputed();
        // A theme from before the disputed pages has no template for them: its home page lists every disputed claim, as it did.
        boolean ownPages = catalog.project().theme().templates().containsKey("disputed") && disputed.size() > NEWEST_DISPUTED;
        jobs.add(new PageJob("index.html", "home", () -> Map.of(
                "groups", counts(),
                "latest", catalog.cards().stream().limit(10).toList(),
                "disputed", ownPages ? disputed.subList(0, NEWEST_DISPUTED) : disputed,
                "disputedTotal", disputed.size(),
                "sources", catalog.sourceRows())));
        // Thousands of them at a desk's scale: a list of pages, where the home page used to carry them all (860 KB at 10,000 claims).
        if (ownPages) paged(jobs, "disputed/", "disputed", disputed, page -> Map.of("page", page));
        List<String> topics = List.copyOf(new java.util.TreeSet<>(catalog.topics().keySet()));
        // A host serves it at any address, so its links must be absolute: only a site with a baseUrl has one
        // (root-relative links would break on a sub-path and from file://). A theme from before has no template for it.
        if (catalog.project().theme().templates().containsKey("404") && catalog.project().config().baseUrl() != null) {
            jobs.add(new PageJob(NOT_FOUND, "404", Map::of));
        }
        jobs.add(new PageJob("search/index.html", "search", () -> Map.of("ratings", catalog.project().config().ratings(), "topics", topics)));
    }

    private void claims(List<PageJob> jobs) {
        Project project = catalog.project();
        jobs.add(new PageJob("claims/index.html", "claims", () -> Map.of("total", catalog.cards().size(), "groups", newestOfEachVerdict())));
        for (Claim c : project.claims()) {
            String path = "claims/" + c.id() + "/index.html";
            jobs.add(new PageJob(path, "claim", () -> {
                Source appearance = c.appearance() == null ? null : catalog.source(c.appearance());
                Views.ClaimCard card = catalog.card(c.id());
                Views.ClaimPage view = new Views.ClaimPage(card, appearance, c.about().stream().map(catalog::actor).toList(),
                        markdown.html(c.analysis()), catalog.citations(c),
                        c.updates().stream().map(u -> new Views.UpdateView(u.date(), markdown.html(u.note()))).toList(),
                        c.reviewedBy().stream().map(catalog::actor).toList());
                String jsonLd = json.forScript(Arrays.asList(project.config(), card, appearance, path),
                        () -> ClaimReview.of(project.config(), card, appearance, path));
                return Map.of("page", view, "jsonLd", jsonLd);
            }));
        }
    }

    private void actors(List<PageJob> jobs) {
        List<Actor> actors = catalog.project().actors();
        jobs.add(new PageJob("actors/index.html", "actors", () -> Map.of("actors", actors.stream()
                .map(a -> new Views.ActorRow(a, catalog.madeBy(a.id()).size(), catalog.about(a.id()).size())).toList())));
        for (Actor a : actors) {
            jobs.add(new PageJob("actors/" + a.id() + "/index.html", "actor", () -> Map.of("page", new Views.ActorPage(a,
                    markdown.html(a.bio()), catalog.madeBy(a.id()), catalog.about(a.id()), catalog.tally(catalog.madeBy(a.id()))))));
        }
    }

    private void sources(List<PageJob> jobs) {
        jobs.add(new PageJob("sources/index.html", "sources", () -> Map.of("sources", catalog.sourceRows())));
        for (Source s : catalog.project().sources()) {
            String path = "sources/" + s.id() + "/index.html";
            jobs.add(new PageJob(path, "source", () -> {
                List<Views.MarkedPassage> passages = catalog.passagesIn(s.id());
                // Keyed by what the marks are made of: making them (links and labels for every passage) cost more than the lookup saved.
                String text = sourceTexts.get(List.of(path, s.text(), passages),
                        k -> SourceText.html(s.text(), marks(passages, Links.from(path))));
                return Map.of("page", new Views.SourcePage(s, markdown.html(s.notes()), text, passages, catalog.appearingIn(s.id())));
            }));
        }
    }

    /** The other ways in: one page per verdict and per topic, and the topic index. */
    private void browse(List<PageJob> jobs) {
        for (Views.RatingGroup g : catalog.byRating()) {
            paged(jobs, "ratings/" + g.rating().id() + "/", "rating", g.claims(), page -> Map.of("rating", g.rating(), "groups", counts(), "page", page));
        }
        Map<String, List<Views.ClaimCard>> topics = catalog.topics();
        jobs.add(new PageJob("topics/index.html", "topics", () -> Map.of("topics", topics)));
        topics.forEach((topic, cards) -> {
            List<Views.RatingCount> tally = catalog.tally(cards); // once per topic, not once per page of it
            paged(jobs, "topics/" + topic + "/", "topic", cards, page -> Map.of("topic", topic, "page", page, "tally", tally));
        });
    }

    /** Each verdict with its count and newest claims: only what the claims index shows, so that an edit to an older claim leaves it as it is. */
    private List<Views.RatingSummary> newestOfEachVerdict() {
        return catalog.byRating().stream().map(g -> new Views.RatingSummary(g.rating(), g.claims().size(),
                g.claims().subList(0, Math.min(NEWEST_PER_VERDICT, g.claims().size())), g.claims().size() > NEWEST_PER_VERDICT)).toList();
    }

    /** Every verdict of the scale with how many claims carry it, none left out. */
    private List<Views.RatingCount> counts() {
        return catalog.byRating().stream().map(g -> new Views.RatingCount(g.rating(), g.claims().size())).toList();
    }

    /**
     * A list of claims as pages of {@link #PAGE_SIZE}: the first at {@code folder/index.html}, the
     * others at {@code folder/page/N/index.html} (where Hugo puts them too); one page when empty.
     */
    private static void paged(List<PageJob> jobs, String folder, String template, List<Views.ClaimCard> cards,
                              Function<Views.CardPage, Map<String, Object>> variables) {
        int pages = Math.max(1, (cards.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int n = 1; n <= pages; n++) {
            int number = n;
            jobs.add(new PageJob(pagePath(folder, n), template, () -> variables.apply(new Views.CardPage(
                    cards.subList((number - 1) * PAGE_SIZE, Math.min(cards.size(), number * PAGE_SIZE)), cards.size(), number, pages,
                    number > 1 ? pagePath(folder, number - 1) : null, number < pages ? pagePath(folder, number + 1) : null))));
        }
    }

    private static String pagePath(String folder, int number) {
        return number == 1 ? folder + "index.html" : folder + "page/" + number + "/index.html";
    }

    private List<SourceText.Mark> marks(List<Views.MarkedPassage> passages, Links links) {
        List<SourceText.Mark> marks = new ArrayList<>();
        for (Views.MarkedPassage m : passages) {
            String claimId = m.claim().id();
            int n = m.citation().number();
            marks.add(new SourceText.Mark(catalog.passage(m), m.citation().stance(), Anchors.passage(claimId, n), m.number(),
                    links.citation(claimId, n), text.once("source.passageLabel", m.number(), m.claim().claim().claim(), m.citation().stance())));
        }
        return marks;
    }
}
