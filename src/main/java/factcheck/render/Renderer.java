package factcheck.render;

import factcheck.model.Actor;
import factcheck.model.CheckedProject;
import factcheck.model.Claim;
import factcheck.model.Page;
import factcheck.model.Project;
import factcheck.model.Source;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;

/**
 * Renders every file of the site and hands it to a {@link FileSink}. The pages are listed first
 * as jobs (path, template, how to make its variables), then rendered in parallel: the template
 * engine is shared (Thymeleaf's is thread-safe) and each page gets a fresh context. The sink
 * must accept files from several threads; the files are the same whatever the thread count.
 */
public final class Renderer {

    private final TemplateEngine engine = new TemplateEngine();
    private final Markdown markdown = new Markdown();
    private final Json json = new Json();
    private final Map<String, String> templates;
    /** The pages of the last render, by path, when remembering (serve); null for one-shot builds. */
    private final Map<String, Remembered> remembered;
    private final AtomicInteger processed = new AtomicInteger();

    /** A page as last rendered: the template and everything it was given, and the bytes it made. */
    private record Remembered(String template, Map<String, Object> inputs, byte[] bytes) {}

    /** A renderer for one build: every page is rendered. */
    public Renderer(Map<String, String> templates) {
        this(templates, false);
    }

    private Renderer(Map<String, String> templates, boolean remember) {
        RecordAccessor.install();
        this.templates = Map.copyOf(templates);
        this.remembered = remember ? new ConcurrentHashMap<>() : null;
        engine.setTemplateResolver(new ThemeTemplateResolver(templates));
    }

    /**
     * A renderer for repeated builds of one project ({@code serve}): a page whose template and
     * inputs (the view records, compared by value) equal those of the previous render keeps its
     * bytes instead of going through the template engine again, so an edit re-renders only the
     * pages it touches, and the result is the same as a full render by construction.
     */
    public static Renderer remembering(Map<String, String> templates) {
        return new Renderer(templates, true);
    }

    /** The templates this renderer was made with: a renderer is reused only for the same ones. */
    public Map<String, String> templates() {
        return templates;
    }

    /** How many pages went through the template engine in the last {@link #render}. */
    public int pagesProcessed() {
        return processed.get();
    }

    /** One page to render: where it goes, with which template, and its variables (made when rendered). */
    private record Job(String path, String template, Supplier<Map<String, Object>> variables) {}

    /** Renders the whole site. A template error is a {@link RenderException} naming the template. */
    public void render(CheckedProject checked, FileSink out) {
        Project project = checked.project();
        Catalog catalog = new Catalog(checked);
        List<Job> jobs = new ArrayList<>();
        home(catalog, jobs);
        claims(catalog, jobs);
        actors(catalog, jobs);
        sources(catalog, jobs);
        browse(catalog, jobs);
        for (Page p : project.pages()) {
            jobs.add(new Job(p.id() + "/index.html", "page", () -> Map.of("page", p, "bodyHtml", markdown.html(p.body()))));
        }
        renderAll(jobs, project, out);

        project.theme().assets().forEach((path, bytes) -> out.accept("assets/" + path, bytes));
        out.accept("search/index.js", utf8(SearchIndex.script(catalog, json)));
        out.accept("feed.xml", utf8(Feeds.atom(project.config(), catalog.cards())));
        out.accept("claims.json", utf8(json.write(ClaimsJson.of(project.config(), catalog), true) + "\n"));
        if (project.config().baseUrl() != null) {
            out.accept("sitemap.xml", utf8(Feeds.sitemap(project.config(), jobs.stream().map(Job::path).toList())));
        }
    }

    /**
     * Renders every job, in parallel. A failing page does not stop the others midway (a stream
     * would stop at the first failure while other threads go on writing); once all are done, the
     * failure of the first page in path order is thrown, so the same error is reported every run.
     */
    private void renderAll(List<Job> jobs, Project project, FileSink out) {
        processed.set(0);
        if (remembered != null) remembered.keySet().retainAll(jobs.stream().map(Job::path).toList());
        List<RenderException> failures = jobs.parallelStream().map(job -> {
            try {
                out.accept(job.path(), page(job, project));
                return null;
            } catch (RenderException e) {
                return e;
            } catch (StackOverflowError e) {
                // Deeply nested Markdown or templates: a content problem, not a crash.
                return new RenderException(job.path() + ": too deeply nested to render (Markdown nested hundreds of levels deep?)", e);
            }
        }).filter(java.util.Objects::nonNull).sorted(java.util.Comparator.comparing(RenderException::getMessage)).toList();
        if (!failures.isEmpty()) throw failures.get(0);
    }

    private void home(Catalog catalog, List<Job> jobs) {
        jobs.add(new Job("index.html", "home", () -> Map.of(
                "groups", catalog.byRating(),
                "latest", catalog.cards().stream().limit(10).toList(),
                "disputed", catalog.disputed(),
                "sources", catalog.sourceRows())));
        jobs.add(new Job("search/index.html", "search", Map::of));
    }

    private void claims(Catalog catalog, List<Job> jobs) {
        Project project = catalog.project();
        jobs.add(new Job("claims/index.html", "claims", () -> Map.of("groups", catalog.byRating(), "claims", catalog.cards())));
        for (Claim c : project.claims()) {
            String path = "claims/" + c.id() + "/index.html";
            jobs.add(new Job(path, "claim", () -> {
                Source appearance = c.appearance() == null ? null : catalog.source(c.appearance());
                Views.ClaimCard card = catalog.card(c.id());
                Views.ClaimPage view = new Views.ClaimPage(card, appearance, c.about().stream().map(catalog::actor).toList(),
                        markdown.html(c.analysis()), catalog.citations(c),
                        c.updates().stream().map(u -> new Views.UpdateView(u.date(), markdown.html(u.note()))).toList());
                return Map.of("page", view, "jsonLd", json.forScript(ClaimReview.of(project.config(), card, appearance, path)));
            }));
        }
    }

    private void actors(Catalog catalog, List<Job> jobs) {
        List<Actor> actors = catalog.project().actors();
        jobs.add(new Job("actors/index.html", "actors", () -> Map.of("actors", actors.stream()
                .map(a -> new Views.ActorRow(a, catalog.madeBy(a.id()).size(), catalog.about(a.id()).size())).toList())));
        for (Actor a : actors) {
            jobs.add(new Job("actors/" + a.id() + "/index.html", "actor", () -> Map.of("page", new Views.ActorPage(a,
                    markdown.html(a.bio()), catalog.madeBy(a.id()), catalog.about(a.id()), catalog.tally(catalog.madeBy(a.id()))))));
        }
    }

    private void sources(Catalog catalog, List<Job> jobs) {
        jobs.add(new Job("sources/index.html", "sources", () -> Map.of("sources", catalog.sourceRows())));
        for (Source s : catalog.project().sources()) {
            String path = "sources/" + s.id() + "/index.html";
            jobs.add(new Job(path, "source", () -> {
                List<Views.MarkedPassage> passages = catalog.passagesIn(s.id());
                String text = SourceText.html(s.text(), marks(catalog, passages, Links.from(path)));
                return Map.of("page", new Views.SourcePage(s, markdown.html(s.notes()), text, passages, catalog.appearingIn(s.id())));
            }));
        }
    }

    /** The other ways in: one page per verdict and per topic, and the topic index. */
    private void browse(Catalog catalog, List<Job> jobs) {
        for (Views.RatingGroup g : catalog.byRating()) {
            jobs.add(new Job("ratings/" + g.rating().id() + "/index.html", "rating", () -> Map.of("group", g, "groups", catalog.byRating())));
        }
        Map<String, List<Views.ClaimCard>> topics = catalog.topics();
        jobs.add(new Job("topics/index.html", "topics", () -> Map.of("topics", topics)));
        topics.forEach((topic, cards) -> jobs.add(new Job("topics/" + topic + "/index.html", "topic",
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

    private byte[] page(Job job, Project project) {
        // Everything the template sees but `links`, which is made from `path` alone.
        Map<String, Object> inputs = new HashMap<>(job.variables().get());
        inputs.put("site", project.config());
        inputs.put("pages", project.pages());
        inputs.put("path", job.path());
        inputs.put("canonical", project.config().absolute(job.path()));
        if (remembered != null) {
            Remembered last = remembered.get(job.path());
            if (last != null && last.template().equals(job.template()) && last.inputs().equals(inputs)) return last.bytes();
        }
        Context context = new Context(Locale.ROOT);
        context.setVariables(inputs);
        context.setVariable("links", Links.from(job.path()));
        byte[] bytes;
        try {
            bytes = utf8(engine.process(job.template(), context));
        } catch (TemplateProcessingException e) {
            throw new RenderException("templates/" + job.template() + ".html: " + e.getMessage() + " (rendering " + job.path() + ")", e);
        }
        processed.incrementAndGet();
        if (remembered != null) remembered.put(job.path(), new Remembered(job.template(), inputs, bytes));
        return bytes;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
