package factcheck.render;

import factcheck.model.Project;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Every file of one render of the site: listed at once, each made when it is first asked for.
 * A build asks for them all ({@link #writeTo}); {@code serve} asks for the page a browser wants
 * first ({@link #file}) and for the others behind it, as Hugo's server does. A page is the same
 * bytes whichever way and in whatever order it is made: it depends only on this render's views.
 */
public final class RenderedSite {

    private final Renderer renderer;
    private final Project project;
    /** The HTML pages, in the order they were listed. */
    private final Map<String, PageJob> pages = new LinkedHashMap<>();
    /** The other files (for machines, the theme's assets), made at most once each. */
    private final Map<String, Supplier<byte[]>> others = new LinkedHashMap<>();
    private final Map<String, byte[]> othersMade = new ConcurrentHashMap<>();
    private final CardHtml.Cards cards;
    private final Chrome chrome;
    /** The files for machines: made alongside the pages by {@link #writeTo}. */
    private final Set<String> machineFiles = new java.util.LinkedHashSet<>();

    RenderedSite(Renderer renderer, Project project, Catalog catalog, List<PageJob> jobs, CardHtml.Cards cards, Chrome chrome) {
        this.renderer = renderer;
        this.project = project;
        this.cards = cards;
        this.chrome = chrome;
        for (PageJob job : jobs) pages.put(job.path(), job);
        Json json = renderer.json();
        renderer.search().files(catalog, json).forEach((path, make) -> others.put(path, () -> renderer.searchFile(make)));
        others.put("feed.xml", () -> utf8(Feeds.atom(project.config(), catalog.cards())));
        others.put("claims.json", () -> ClaimsJson.bytes(project.config(), catalog, json));
        machineFiles.addAll(others.keySet());
        if (project.config().baseUrl() != null) {
            others.put("sitemap.xml", () -> utf8(Feeds.sitemap(project.config(), pages.keySet().stream().filter(p -> !p.equals(SitePages.NOT_FOUND)).toList())));
        }
        project.theme().assets().forEach((path, bytes) -> others.put("assets/" + path, () -> bytes));
    }

    /** Every file's path: the pages first, in the order they are listed, then the others. */
    public Set<String> paths() {
        Set<String> all = new java.util.LinkedHashSet<>(pages.keySet());
        all.addAll(others.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** Whether the site has a file at {@code path}. */
    public boolean has(String path) {
        return pages.containsKey(path) || others.containsKey(path);
    }

    /**
     * The bytes of the file at {@code path}, made now unless made before; null when the site has
     * none there. Only for a renderer that keeps bytes ({@link Renderer#remembering}) or none.
     * A template error is a {@link RenderException}.
     */
    public byte[] file(String path) {
        PageJob job = pages.get(path);
        if (job != null) {
            byte[] bytes = renderer.page(job, project, cards, chrome);
            if (bytes == null) throw new IllegalStateException("a renderer that keeps no bytes was asked for " + path);
            return bytes;
        }
        Supplier<byte[]> other = others.get(path);
        return other == null ? null : othersMade.computeIfAbsent(path, p -> other.get());
    }

    /**
     * Makes every file and hands it to {@code out}. Pages are rendered in parallel, with the files
     * for machines alongside them rather than after them (a tenth of a rebuild). A failing page does
     * not stop the others midway (a stream would stop at the first failure while other threads go
     * on writing); once all are done, the first failure in message order is thrown, so the same
     * error is reported every run.
     */
    public void writeTo(FileSink out) {
        CompletableFuture<Void> forMachines = CompletableFuture.runAsync(() -> {
            for (String path : machineFiles) out.accept(path, file(path));
        });
        RuntimeException failure = null;
        try {
            renderPages(pages.values().parallelStream(), out);
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            forMachines.join(); // even after a failure: nothing may still be writing once this returns
        } catch (CompletionException e) {
            if (failure == null) failure = e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (failure != null) throw failure;
        writeOthers(out, false);
    }

    /**
     * The same, one file at a time on the calling thread: {@code serve} renders behind the pages
     * browsers ask for this way, leaving the other cores to those requests and to rebuilds.
     */
    public void writeEachTo(FileSink out) {
        renderPages(pages.values().stream(), out);
        writeOthers(out, true);
    }

    private void writeOthers(FileSink out, boolean machineFilesToo) {
        for (String path : others.keySet()) {
            if (machineFilesToo || !machineFiles.contains(path)) out.accept(path, file(path));
        }
    }

    private void renderPages(Stream<PageJob> jobs, FileSink out) {
        List<RenderException> failures = jobs.map(job -> {
            try {
                byte[] bytes = renderer.page(job, project, cards, chrome);
                if (bytes == null) out.unchanged(job.path());
                else out.accept(job.path(), bytes);
                return null;
            } catch (RenderException e) {
                return e;
            }
        }).filter(Objects::nonNull).sorted(Comparator.comparing(RenderException::getMessage)).toList();
        if (!failures.isEmpty()) throw failures.get(0);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
