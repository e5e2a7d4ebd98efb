package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Page;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code content/pages/*.md}: YAML front matter between {@code ---} lines, then Markdown. */
final class PageReader {

    /** Top-level output folders a page id would collide with. */
    static final Set<String> RESERVED = Set.of("claims", "actors", "sources", "assets", "search", "ratings", "topics", "index");

    private final ProjectFiles files;
    private final YamlReader yaml;
    private final Diagnostics diagnostics;

    PageReader(ProjectFiles files, YamlReader yaml, Diagnostics diagnostics) {
        this.files = files;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    List<Page> readAll() {
        List<Page> pages = new ArrayList<>();
        for (Path file : files.list("content/pages", ".md", diagnostics)) {
            String display = files.display(file);
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - 3);
            if (!Ids.valid(id)) {
                diagnostics.error(Position.file(display), "`" + id + "` is not a valid page id (the file name is the id)",
                        Ids.RULE + "; rename it to " + Ids.suggestion(id) + ".md");
            } else if (RESERVED.contains(id)) {
                diagnostics.error(Position.file(display), "a page cannot be called `" + id + "`: the site uses that folder",
                        "rename the file, e.g. to about-" + id + ".md");
            } else {
                files.read(file, Position.file(display), diagnostics).ifPresent(text -> read(id, display, text, pages));
            }
        }
        return pages;
    }

    private void read(String id, String display, String text, List<Page> pages) {
        if (!text.startsWith("---\n")) {
            diagnostics.error(Position.file(display), "a page starts with front matter",
                    "begin the file with `---`, a line `title: ...`, and `---`, then the Markdown");
            return;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) end = text.length() - 4;
        if (end < 0) {
            diagnostics.error(Position.file(display), "front matter is not closed", "add a line `---` after the front matter");
            return;
        }
        String front = text.substring(4, end + 1);
        String body = end + 5 <= text.length() ? text.substring(end + 5) : "";
        int bodyLine = (int) text.substring(0, Math.min(text.length(), end + 5)).chars().filter(ch -> ch == '\n').count() + 1;
        yaml.read(display, front, 2, diagnostics)
                .flatMap(node -> Fields.of(node, "front matter", diagnostics))
                .ifPresent(f -> {
                    MarkdownLimits.check(body, new Position(display, bodyLine, 1), "the page body", diagnostics);
                    pages.add(new Page(id, f.required("title"), f.optional("description"), body, f.at()));
                    f.finish();
                });
    }
}
