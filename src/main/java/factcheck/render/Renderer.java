package factcheck.render;

import factcheck.cache.Memo;
import factcheck.model.CheckedProject;
import factcheck.model.Messages;
import factcheck.model.Project;
import factcheck.model.Theme;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;

/**
 * Renders every file of the site and hands it to a {@link FileSink}. The pages are listed first
 * as jobs (path, template, how to make its variables), then rendered in parallel: the template
 * engine is shared (Thymeleaf's is thread-safe) and each page gets a fresh context. The sink
 * must accept files from several threads; the files are the same whatever the thread count.
 */
public final class Renderer {

    private final TemplateEngine engine = new TemplateEngine();
    /** What this renderer keeps from one render to the next whatever the templates (nothing, for one-shot builds). */
    private final Kept kept;
    /** Each card's HTML by card and depth: shared by every list of a build, and kept between builds when remembering. */
    private final Memo<List<Object>, String> cards;
    private final CardHtml cardHtml;
    private final Map<String, String> templates;
    /** The interface text the engine answers {@code #{...}} from; a change renders every page again. */
    private final Messages messages;
    private final SiteLocale locale;
    private final InterfaceText text;
    /** The pages of the last render, by path, when remembering; null for one-shot builds. */
    private final Map<String, Remembered> remembered;
    /** Whether remembered pages keep their bytes (serve, which holds the site in memory) or only their inputs. */
    private final boolean keepBytes;
    private final AtomicInteger processed = new AtomicInteger();
    /** Time spent making the search index's files in the last render (they are made alongside the pages). */
    private final AtomicLong searchNanos = new AtomicLong();
    /** The catalog of the last render, when remembering: the next one reuses its unchanged parts. */
    private volatile Catalog lastCatalog;

    /** A page as last rendered: the template and everything it was given, and the bytes it made (null if not kept). */
    private record Remembered(String template, Map<String, Object> inputs, byte[] bytes) {}

    /**
     * Results of pure functions of content, which templates do not change: Markdown's HTML,
     * JSON, an article's marked-up text by its text and marks (whose labels are in the site's
     * messages, so these are dropped when the messages change), each claim's search words.
     */
    private record Kept(Markdown markdown, Json json, Memo<List<Object>, String> sourceTexts, SearchIndex search) {
        Kept(boolean remember) {
            this(new Markdown(remember), new Json(remember), remember ? Memo.keeping() : Memo.none(), new SearchIndex(remember));
        }

        void nextRender() {
            markdown.nextRender();
            json.nextRender();
            sourceTexts.nextBuild();
            search.nextRender();
        }
    }

    /** A renderer for one build: every page is rendered. */
    public Renderer(Theme theme) {
        this(theme, false, false);
    }

    private Renderer(Theme theme, boolean remember, boolean keepBytes) {
        this(theme, remember ? new ConcurrentHashMap<>() : null, keepBytes, new Kept(remember), Memo.keeping(), null);
    }

    private Renderer(Theme theme, Map<String, Remembered> remembered, boolean keepBytes, Kept kept,
                     Memo<List<Object>, String> cards, Catalog lastCatalog) {
        RecordAccessor.install();
        this.templates = Map.copyOf(theme.templates());
        this.messages = theme.messages();
        this.locale = new SiteLocale(messages);
        this.remembered = remembered;
        this.keepBytes = keepBytes;
        this.kept = kept;
        this.cards = cards;
        this.cardHtml = new CardHtml(engine, cards, locale);
        this.lastCatalog = lastCatalog;
        this.text = new InterfaceText(messages, locale);
        engine.setTemplateResolver(new ThemeTemplateResolver(templates, new FixedMessages(text)));
        engine.setMessageResolver(text);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new DirectExpressions());
        engine.setDialect(dialect);
    }

    /**
     * A renderer for repeated builds of one project ({@code serve}): a page whose template and
     * inputs (the view records, compared by value) equal those of the previous render keeps its
     * bytes instead of going through the template engine again, so an edit re-renders only the
     * pages it touches, and the result is the same as a full render by construction.
     */
    public static Renderer remembering(Theme theme) {
        return new Renderer(theme, true, true);
    }

    /**
     * A renderer for repeated builds into one output folder (the build daemon): like
     * {@link #remembering}, but it keeps only each page's inputs, not its bytes, and tells the
     * sink that a page whose inputs did not change is {@linkplain FileSink#unchanged unchanged}.
     * Valid only while the folder holds what this renderer last wrote: otherwise {@link #forget}.
     */
    public static Renderer rememberingOutput(Theme theme) {
        return new Renderer(theme, true, false);
    }

    /**
     * This renderer when the templates and messages are {@code theme}'s, else a renderer for the
     * new ones that remembers what this one did and was made from templates that did not change:
     * the pages whose template reads none of the changed ones ({@link TemplateUses}), and the
     * cards unless a template the layout reads changed. The rest render again; all of them when
     * the messages changed, since any page may show any message.
     */
    public Renderer with(Theme theme) {
        Map<String, String> templates = theme.templates();
        boolean sameMessages = theme.messages().equals(messages);
        if (templates.equals(this.templates) && sameMessages) return this;
        Set<String> changed = new HashSet<>(templates.keySet());
        changed.addAll(this.templates.keySet());
        changed.removeIf(name -> Objects.equals(templates.get(name), this.templates.get(name)));
        Map<String, Remembered> keptPages = null;
        Memo<List<Object>, String> keptCards = Memo.keeping();
        if (remembered != null && !sameMessages) {
            keptPages = new ConcurrentHashMap<>();
        } else if (remembered != null) {
            TemplateUses next = new TemplateUses(templates);
            Map<String, Boolean> affected = new HashMap<>(); // by template: ten thousand claim pages share one answer
            keptPages = new ConcurrentHashMap<>();
            for (Map.Entry<String, Remembered> e : remembered.entrySet()) {
                boolean renderAgain = affected.computeIfAbsent(e.getValue().template(), t -> next.reads(t, changed));
                if (!renderAgain) keptPages.put(e.getKey(), e.getValue());
            }
            if (!next.reads(TemplateUses.LAYOUT, changed)) keptCards = cards; // the card fragment may include other templates
        }
        // The marked articles hold the messages' words (each mark's label): a new set of messages starts them afresh.
        return new Renderer(theme, keptPages, keepBytes, sameMessages ? kept : new Kept(remembered != null), keptCards, lastCatalog);
    }

    /** Forgets every page, so the next render renders them all (a remembering renderer only). */
    public void forget() {
        if (remembered != null) remembered.clear();
    }

    /** The CPU time that making the search index's files took in the last {@link #render}, in all threads. */
    public long searchIndexMillis() {
        return searchNanos.get() / 1_000_000;
    }

    /** Makes a file of the search index, timed. */
    byte[] searchFile(Supplier<byte[]> make) {
        // CPU time, not wall time: the index is made on a thread of its own while the pages render on the others.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isCurrentThreadCpuTimeSupported()) return make.get();
        long started = threads.getCurrentThreadCpuTime();
        try {
            return make.get();
        } finally {
            searchNanos.addAndGet(threads.getCurrentThreadCpuTime() - started);
        }
    }

    /** How many pages went through the template engine in the last {@link #render}. */
    public int pagesProcessed() {
        return processed.get();
    }

    /** Renders the whole site. A template error is a {@link RenderException} naming the template. */
    public void render(CheckedProject checked, FileSink out) {
        plan(checked).writeTo(out);
    }

    /**
     * Every file of the site, listed, each made when it is first asked for: {@code serve} renders
     * the page a browser asks for first and the others behind it; a build writes them all
     * ({@link RenderedSite#writeTo}). Files come out the same either way.
     */
    public RenderedSite plan(CheckedProject checked) {
        kept.nextRender();
        CardHtml.Cards cards = cardHtml.nextRender();
        processed.set(0);
        searchNanos.set(0);
        Catalog catalog = new Catalog(checked, lastCatalog);
        if (remembered != null) lastCatalog = catalog; // the next render takes from it what did not change
        List<PageJob> jobs = new SitePages(catalog, kept.markdown(), kept.json(), kept.sourceTexts(), text).jobs();
        if (remembered != null) remembered.keySet().retainAll(jobs.stream().map(PageJob::path).collect(java.util.stream.Collectors.toSet())); // a set: a list made this quadratic
        return new RenderedSite(this, checked.project(), catalog, jobs, cards, new Chrome(engine, checked.project(), locale));
    }

    Json json() {
        return kept.json();
    }

    SearchIndex search() {
        return kept.search();
    }

    /** The page's bytes; null when it is remembered without its bytes and did not change. */
    byte[] page(PageJob job, Project project, CardHtml.Cards cards, Chrome chrome) {
        // Everything the template sees but `links` and `section`, which are made from `path` alone.
        Map<String, Object> inputs = new HashMap<>(job.variables().get());
        inputs.put("site", project.config());
        inputs.put("publisher", project.config().publisherOrTitle()); // read as properties: no method call per page
        inputs.put("pages", project.pages());
        inputs.put("path", job.path());
        boolean notFound = job.path().equals(SitePages.NOT_FOUND);
        inputs.put("canonical", notFound ? null : project.config().absolute(job.path())); // no address is this page's own
        inputs.put("ratingStyle", RatingColours.css(project.config())); // made from the site, an input already: equal whenever it is
        inputs.put("assets", project.theme().assets().keySet()); // links.asset checks against them: a page renders again when they change
        if (remembered != null) {
            Remembered last = remembered.get(job.path());
            if (last != null && last.template().equals(job.template()) && last.inputs().equals(inputs)) return last.bytes(); // null: unchanged
        }
        Context context = new Context(Locale.ROOT);
        context.setVariables(inputs);
        Links links = notFound ? Links.forAnyAddress(project.config().baseUrl(), project.theme().assets().keySet())
                : Links.from(job.path(), project.theme().assets().keySet());
        context.setVariable("links", links);
        context.setVariable("locale", locale); // made from the site's language, which is among the inputs
        context.setVariable("cards", cards.on(links)); // made from the inputs and the path alone, like links
        // The page's top folder ("claims", "" for the home page), so the navigation can mark the
        // current section by comparing strings: OGNL's method calls (path.startsWith) cost a tenth
        // of a claim page's rendering, measured on the 10,000-claim corpus.
        String section = job.path().contains("/") ? job.path().substring(0, job.path().indexOf('/')) : "";
        context.setVariable("section", section);
        context.setVariable("chrome", chrome.on(links, section)); // made from the path and the site-wide inputs alone
        byte[] bytes;
        try {
            bytes = utf8(engine.process(job.template(), context));
        } catch (TemplateProcessingException e) {
            throw new RenderException("templates/" + job.template() + ".html: " + e.getMessage() + rootCause(e)
                    + unknownVariable(e, context.getVariableNames()) + " (rendering " + job.path() + ")", e);
        } catch (StackOverflowError e) {
            // Deeply nested Markdown or templates: a content problem, not a crash.
            throw new RenderException(job.path() + ": too deeply nested to render (Markdown nested hundreds of levels deep?)", e);
        }
        processed.incrementAndGet();
        if (remembered != null) remembered.put(job.path(), new Remembered(job.template(), inputs, keepBytes ? bytes : null));
        return bytes;
    }

    private static final java.util.regex.Pattern EXPRESSION = java.util.regex.Pattern.compile("expression: \"([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)");
    private static final java.util.regex.Pattern NULL_SOURCE = java.util.regex.Pattern.compile("source is null for getProperty\\(null, \"([A-Za-z_][A-Za-z0-9_]*)\"\\)");

    /**
     * When the failed expression starts from a name the page has no variable for ({@code ${pagee.card}},
     * which OGNL reports as "source is null"), that, with the variables the page has (docs/templates.md).
     */
    private static String unknownVariable(TemplateProcessingException e, Set<String> variables) {
        // Only when OGNL found nothing at the expression's very first name (`pagee` of pagee.card): a null
        // further on (c.date.year, with no date) is a null, and a name set by th:with or th:each is not
        // among the page's variables, so those are left as OGNL says them.
        java.util.regex.Matcher nul = NULL_SOURCE.matcher(rootCause(e));
        java.util.regex.Matcher m = EXPRESSION.matcher(e.getMessage() == null ? "" : e.getMessage());
        if (!nul.find() || !m.find() || !nul.group(1).equals(m.group(2)) || variables.contains(m.group(1))) return "";
        return "; this page has no variable `" + m.group(1) + "`: it has " + String.join(", ", new java.util.TreeSet<>(variables));
    }

    /** What went wrong under Thymeleaf's and OGNL's wrappers, when it says more than they do. */
    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root == e || root.getMessage() == null || e.getMessage().contains(root.getMessage()) ? "" : ": " + root.getMessage();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
