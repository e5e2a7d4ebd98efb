package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.CheckedProject;
import factcheck.model.Claim;
import factcheck.model.Page;
import factcheck.model.Project;
import factcheck.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Renders every page of the site and hands it, with the theme's assets, to a {@link FileSink}.
 * One template engine per build; a fresh context per page.
 */
public final class Renderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final Markdown markdown = new Markdown();
    private final Json json = new Json();

    public Renderer(Map<String, String> templates) {
        engine.setTemplateResolver(new ThemeTemplateResolver(templates));
    }

    /** Renders the whole site. A template error is an {@link RenderException} naming the template. */
    public void render(CheckedProject checked, FileSink out) {
        Project project = checked.project();
        List<String> htmlPaths = new ArrayList<>();
        FileSink sink = (path, bytes) -> {
            if (path.endsWith(".html")) htmlPaths.add(path);
            out.accept(path, bytes);
        };
        Catalog catalog = new Catalog(checked);
        Map<String, Source> sources = project.sourcesById();
        Map<String, Actor> actors = project.actorsById();

        page(sink, "index.html", "home", project, Map.of(
                "groups", catalog.byRating(),
                "latest", catalog.cards().stream().limit(10).toList(),
                "disputed", catalog.disputed(),
                "sources", sourceRows(catalog)));
        page(sink, "claims/index.html", "claims", project, Map.of("groups", catalog.byRating(), "claims", catalog.cards()));
        for (Claim c : project.claims()) {
            Source appearance = c.appearance() == null ? null : sources.get(c.appearance());
            String path = "claims/" + c.id() + "/index.html";
            Views.ClaimPage view = new Views.ClaimPage(catalog.card(c.id()), appearance,
                    c.about().stream().map(actors::get).toList(), markdown.html(c.analysis()),
                    catalog.citations(c, sources),
                    c.updates().stream().map(u -> new Views.UpdateView(u.date(), markdown.html(u.note()))).toList());
            String jsonLd = json.forScript(ClaimReview.of(project.config(), catalog.card(c.id()), appearance, path));
            page(sink, path, "claim", project, Map.of("page", view, "jsonLd", jsonLd));
        }
        List<Views.ActorRow> actorRows = project.actors().stream()
                .map(a -> new Views.ActorRow(a, catalog.madeBy(a.id()).size(), catalog.about(a.id()).size())).toList();
        page(sink, "actors/index.html", "actors", project, Map.of("actors", actorRows));
        for (Actor a : project.actors()) {
            Views.ActorPage view = new Views.ActorPage(a, markdown.html(a.bio()), catalog.madeBy(a.id()), catalog.about(a.id()));
            page(sink, "actors/" + a.id() + "/index.html", "actor", project, Map.of("page", view));
        }
        page(sink, "sources/index.html", "sources", project, Map.of("sources", sourceRows(catalog)));
        for (Source s : project.sources()) {
            String path = "sources/" + s.id() + "/index.html";
            List<Views.MarkedPassage> passages = catalog.passagesIn(s.id());
            String text = SourceText.html(s.text(), marks(catalog, passages, Links.from(path)));
            Views.SourcePage view = new Views.SourcePage(s, markdown.html(s.notes()), text, passages, catalog.appearingIn(s.id()));
            page(sink, path, "source", project, Map.of("page", view));
        }
        for (Page p : project.pages()) {
            page(sink, p.id() + "/index.html", "page", project, Map.of("page", p, "bodyHtml", markdown.html(p.body())));
        }
        project.theme().assets().forEach((path, bytes) -> sink.accept("assets/" + path, bytes));
        out.accept("feed.xml", utf8(Feeds.atom(project.config(), catalog.cards())));
        out.accept("claims.json", utf8(json.write(ClaimsJson.of(project.config(), catalog), true) + "\n"));
        if (project.config().baseUrl() != null) out.accept("sitemap.xml", utf8(Feeds.sitemap(project.config(), htmlPaths)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Views.SourceRow> sourceRows(Catalog catalog) {
        return catalog.project().sources().stream().map(s -> {
            List<Views.MarkedPassage> passages = catalog.passagesIn(s.id());
            int claims = (int) passages.stream().map(m -> m.claim().id()).distinct().count();
            return new Views.SourceRow(s, passages.size(), claims);
        }).toList();
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

    private void page(FileSink sink, String path, String template, Project project, Map<String, Object> variables) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("site", project.config());
        context.setVariable("pages", project.pages());
        context.setVariable("links", Links.from(path));
        context.setVariable("path", path);
        context.setVariable("canonical", project.config().absolute(path));
        context.setVariables(variables);
        try {
            sink.accept(path, utf8(engine.process(template, context)));
        } catch (TemplateProcessingException e) {
            throw new RenderException("templates/" + template + ".html: " + e.getMessage() + " (rendering " + path + ")", e);
        }
    }
}
