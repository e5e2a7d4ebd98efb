package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Actor;
import factcheck.model.Claim;
import factcheck.model.Page;
import factcheck.model.Project;
import factcheck.model.SiteConfig;
import factcheck.model.Source;
import factcheck.model.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import factcheck.model.Rating;

/**
 * Loads a project root ({@code content/}, {@code seeds/}, {@code templates/}) into a
 * {@link Project}. Every problem goes into the diagnostics and loading goes on, so one run
 * reports them all; the project is returned only when there were none.
 */
public final class ProjectLoader {

    private final ProjectFiles files;
    private final YamlReader yaml;
    private final LoadCache cache;

    public ProjectLoader(Path root) {
        this(root, LoadCache.none());
    }

    /** A loader that reuses what {@code cache} kept from earlier builds of this root. */
    public ProjectLoader(Path root, LoadCache cache) {
        this(root, cache, FileChanges.unknown());
    }

    /**
     * A loader that reuses what {@code cache} kept from the last load of this root, and looks
     * again only at the files {@code changes} names when it knows them (serve's watcher does).
     */
    public ProjectLoader(Path root, LoadCache cache, FileChanges changes) {
        this.files = new ProjectFiles(root, cache, changes);
        this.yaml = new YamlReader(cache);
        this.cache = cache;
    }

    public Optional<Project> load(Diagnostics diagnostics) {
        Optional<Project> loaded = loadWhatParses(diagnostics);
        return diagnostics.hasErrors() ? Optional.empty() : loaded;
    }

    /**
     * Every record that parsed, even when others did not, so that the quotes of those can be
     * checked in the same run (every error in one run); empty only when the site configuration
     * is unusable. A project with errors is for checking, never for building.
     */
    public Optional<Project> loadWhatParses(Diagnostics diagnostics) {
        RecordReaders readers = new RecordReaders(diagnostics);
        Position[] languageAt = {Position.file("content/site.yaml")};
        SiteConfig config = readSite(readers, diagnostics, languageAt);
        List<Source> sources = new SourceReader(files, diagnostics).readAll(yamlRecords("content/sources", diagnostics)).stream().map(cache::same).toList();
        List<Actor> actors = records("content/actors", diagnostics, (id, f) -> cache.same(readers.actor(id, f)));
        References refs = new References(ids(actors, Actor::id), ids(actors.stream().filter(Actor::staff).toList(), Actor::id), ids(sources, Source::id),
                config == null ? null : ids(config.ratings(), Rating::id), diagnostics);
        List<Claim> claims = claims(refs, diagnostics);
        List<Page> pages = new PageReader(files, yaml, diagnostics).readAll();
        Theme theme = new ThemeReader(files, yaml, diagnostics).read(config == null ? "en" : config.language(), languageAt[0]);
        if (config == null) return Optional.empty();
        // A source whose text could not be read is known by its id (claims may name it) but has nothing to quote.
        List<Source> readable = sources.stream().filter(s -> s.text() != null).toList();
        return Optional.of(new Project(config, readable, actors, claims, pages, theme));
    }

    /**
     * Every claim, in file order. With known changes and the same ids of actors, sources and
     * ratings as the last load, a claim file that did not change is the last load's claim, not
     * even parsed again: at ten thousand claims, looking each one up again was most of a load.
     */
    private List<Claim> claims(References refs, Diagnostics diagnostics) {
        List<Path> listed = files.list("content/claims", ".yaml", diagnostics);
        // Without a site configuration ratings go unchecked: a marker that equals nothing, so no claim read then is reused later.
        Object ids = refs.ratings() == null ? new Object() : List.of(refs.actors(), refs.staff(), refs.sources(), refs.ratings());
        boolean sameIds = cache.sameIdsAsLastLoad(ids);
        return listed.parallelStream().map(file -> {
            Claim kept = sameIds && files.unchanged(file) ? cache.claimsByFile.last(file) : null;
            if (kept != null) return Optional.of(kept);
            return parse(file, diagnostics).map(r -> claim(r, refs, diagnostics, file));
        }).flatMap(Optional::stream).toList();
    }

    /**
     * A claim as read from its record: the last build's, when the record parsed to the same tree
     * and every id it names still exists (a claim is cached only if reading it reported nothing).
     */
    private Claim claim(YamlRecord r, References refs, Diagnostics diagnostics, Path file) {
        LoadCache.ClaimKey key = new LoadCache.ClaimKey(r.id(), r.fields().mapping());
        Claim known = cache.claims.get(key, k -> null);
        if (known != null && refs.allKnown(known)) {
            cache.claimsByFile.put(file, known);
            return known;
        }
        Diagnostics own = new Diagnostics();
        Claim claim = new RecordReaders(own).claim(r.id(), new Fields(r.fields().mapping(), own), refs.reportingTo(own));
        own.sorted().forEach(diagnostics::add);
        if (own.count() == 0) {
            cache.claims.get(key, k -> claim);
            cache.claimsByFile.put(file, claim);
        }
        return claim;
    }

    private static <T> Set<String> ids(List<T> records, Function<T, String> id) {
        return records.stream().map(id).collect(Collectors.toSet());
    }

    /** The site configuration; {@code languageAt[0]} is set to where its language was written, for errors about the language. */
    private SiteConfig readSite(RecordReaders readers, Diagnostics diagnostics, Position[] languageAt) {
        Path file = files.root().resolve("content/site.yaml");
        String display = "content/site.yaml";
        if (Files.isSymbolicLink(file)) {
            // isRegularFile and read would follow it, possibly out of the project root.
            diagnostics.error(Position.file(display), "symbolic links are not followed in content/", "replace the link with the file itself");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(Position.file(display), "missing site configuration",
                    "create content/site.yaml with title, description, language and ratings (see README)");
            return null;
        }
        return files.read(file, Position.file(display), diagnostics)
                .flatMap(text -> yaml.read(display, text, 1, diagnostics))
                .flatMap(node -> Fields.of(node, "site.yaml", diagnostics))
                .map(f -> {
                    languageAt[0] = f.at("language"); // not a field of SiteConfig: moving a line must not change every page's inputs
                    return readers.site(f);
                }).map(cache::same).orElse(null);
    }

    private <T> List<T> records(String dir, Diagnostics diagnostics, BiFunction<String, Fields, T> reader) {
        return yamlRecords(dir, diagnostics).parallelStream().map(r -> reader.apply(r.id(), r.fields())).toList();
    }

    /**
     * The parsed files of a record folder in id order, each with a valid id; files that fail to
     * parse are reported and skipped. Files are read and parsed in parallel (a desk's ten thousand
     * claims); the diagnostics are thread-safe and sorted when reported, the list keeps file order.
     */
    private List<YamlRecord> yamlRecords(String dir, Diagnostics diagnostics) {
        return files.list(dir, ".yaml", diagnostics).parallelStream()
                .map(file -> parse(file, diagnostics))
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<YamlRecord> parse(Path file, Diagnostics diagnostics) {
        String display = files.display(file);
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        if (!Ids.valid(id)) {
            diagnostics.error(Position.file(display), "`" + id + "` is not a valid id (the file name is the id)",
                    Ids.RULE + "; rename it to " + Ids.suggestion(id) + ".yaml");
            return Optional.empty();
        }
        return files.read(file, Position.file(display), diagnostics)
                .flatMap(text -> yaml.read(display, text, 1, diagnostics))
                .flatMap(node -> Fields.of(node, display, diagnostics))
                .map(fields -> new YamlRecord(id, fields));
    }

    /** One record file, parsed: its id and its top-level fields. */
    record YamlRecord(String id, Fields fields) {}
}
