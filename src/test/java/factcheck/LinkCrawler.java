package factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Crawls a built site from {@code index.html} as a browser on {@code file://} would: every
 * relative {@code href} and {@code src} must name an existing file (not a folder), and every
 * fragment an element id on the target page.
 */
public final class LinkCrawler {

    private final Path site;
    private final Map<Path, Document> parsed = new HashMap<>();
    private final Set<Path> visited = new LinkedHashSet<>();
    private final List<String> broken = new ArrayList<>();

    public LinkCrawler(Path site) {
        this.site = site.toAbsolutePath().normalize();
    }

    /** Crawls and returns the broken links, as "page: link (why)". */
    public List<String> crawl() {
        Deque<Path> queue = new ArrayDeque<>(List.of(site.resolve("index.html")));
        while (!queue.isEmpty()) {
            Path page = queue.pop();
            if (!visited.add(page)) continue;
            Document doc = parse(page);
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                Path target = check(page, link);
                if (target != null && target.toString().endsWith(".html") && !visited.contains(target)) queue.add(target);
            }
        }
        return broken;
    }

    /** Every page reached by the crawl. */
    public Set<Path> visited() {
        return visited;
    }

    private Path check(Path page, String link) {
        URI uri = URI.create(link.replace(" ", "%20"));
        if (uri.getScheme() != null) return null; // external: http(s), mailto
        Path target = uri.getPath() == null || uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
        String where = site.relativize(page) + ": " + link;
        if (!target.startsWith(site)) {
            broken.add(where + " (leaves the site)");
            return null;
        }
        if (!Files.isRegularFile(target)) {
            broken.add(where + (Files.isDirectory(target) ? " (a folder, not a file)" : " (no such file)"));
            return null;
        }
        if (uri.getFragment() != null && !uri.getFragment().isEmpty()
                && parse(target).getElementById(uri.getFragment()) == null) {
            broken.add(where + " (no element with id `" + uri.getFragment() + "`)");
        }
        return target;
    }

    private Document parse(Path page) {
        return parsed.computeIfAbsent(page, p -> {
            try {
                return Jsoup.parse(p.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
