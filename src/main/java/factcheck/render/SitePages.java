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

/**
 * Every HTML page of the site as a job: its path, its template, and how to make its variables
 * (made only when the page is rendered, on a rendering thread). One method per page kind.
 */
final class SitePages {

    private final Catalog catalog;
    private final Markdown markdown;
    private final Json json;

    private final Memo<List<Object>, String> sourceTexts;

    SitePages(Catalog catalog, Markdown markdown, Json json, Memo<List<Object>, String> sourceTexts) {
        this.sourceTexts = sourceTexts;
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
        jobs.add(new PageJob("index.html", "home", () -> Map.of(
                "groups", catalog.byRating(),
                "latest", catalog.cards().stream().limit(10).toList(),
                "disputed", catalog.disputed(),
                "sources", catalog.sourceRows())));
        jobs.add(new PageJob("search/index.html", "search", Map::of));
    }

    private void claims(List<PageJob> jobs) {
        Project project = catalog.project();
        jobs.add(new PageJob("claims/index.html", "claims", () -> Map.of("groups", catalog.byRating(), "claims", catalog.cards())));
        for (Claim c : project.claims()) {
            String path = "claims/" + c.id() + "/index.html";
            jobs.add(new PageJob(path, "claim", () -> {
                Source appearance = c.appearance() == null ? null : catalog.source(c.appearance());
                Views.ClaimCard card = catalog.card(c.id());
                Views.ClaimPage view = new Views.ClaimPage(card, appearance, c.about().stream().map(catalog::actor).toList(),
                        markdown.html(c.analysis()), catalog.citations(c),
                        c.updates().stream().map(u -> new Views.UpdateView(u.date(), markdown.html(u.note()))).toList());
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
                        k -> SourceText.html(s.text(), marks(catalog, passages, Links.from(path))));
                return Map.of("page", new Views.SourcePage(s, markdown.html(s.notes()), text, passages, catalog.appearingIn(s.id())));
            }));
        }
    }

    /** The other ways in: one page per verdict and per topic, and the topic index. */
    private void browse(List<PageJob> jobs) {
        for (Views.RatingGroup g : catalog.byRating()) {
            jobs.add(new PageJob("ratings/" + g.rating().id() + "/index.html", "rating", () -> Map.of("group", g, "groups", catalog.byRating())));
        }
        Map<String, List<Views.ClaimCard>> topics = catalog.topics();
        jobs.add(new PageJob("topics/index.html", "topics", () -> Map.of("topics", topics)));
        topics.forEach((topic, cards) -> jobs.add(new PageJob("topics/" + topic + "/index.html", "topic",
                () -> Map.of("topic", topic, "claims", cards, "tally", catalog.tally(cards)))));
    }

    private static List<SourceText.Mark> marks(Catalog catalog, List<Views.MarkedPassage> passages, Links links) {
        List<SourceText.Mark> marks = new ArrayList<>();
        for (Views.MarkedPassage m : passages) {
            String claimId = m.claim().id();
            int n = m.citation().number();
            marks.add(new SourceText.Mark(catalog.passage(m), Anchors.passage(claimId, n), m.number(),
                    links.citation(claimId, n), "Passage " + m.number() + ", cited by the claim: " + m.claim().claim().claim()));
        }
        return marks;
    }
}
