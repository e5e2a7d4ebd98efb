package factcheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.load.FileChanges;
import factcheck.render.RenderedSite;
import factcheck.site.Build;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random sequences of the edits a desk makes, each followed by serve's rebuild, told only the
 * paths that changed (as its watcher tells it): after every edit the served site equals, file
 * for file, a fresh build of the same content, or both fail with the same problems.
 */
class RandomEditsTest {

    private static final int SEEDS = 6;
    private static final int EDITS = 14;

    @TempDir
    Path tmp;

    private Path root;
    private final Set<Path> changed = new HashSet<>();

    @Test
    void everyRebuildAfterRandomEditsEqualsAFreshBuild() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            root = TestProjects.copy("basic", tmp.resolve("seed-" + seed)).toAbsolutePath().normalize();
            for (int i = 0; i < 60; i++) write(claimFile(i), claim(i, "false", "t" + (i % 3), "council", "Summary " + i + "."));
            MemoryBuild build = new MemoryBuild(root);
            assertSameAsFreshBuild(build.run(FileChanges.unknown()), "seed " + seed + ", first build");
            changed.clear();
            Random random = new Random(seed);
            List<String> done = new ArrayList<>();
            for (int e = 0; e < EDITS; e++) {
                done.add(edit(random));
                BuildResult result = build.run(FileChanges.of(changed));
                changed.clear();
                assertSameAsFreshBuild(result, "seed " + seed + " after " + done);
            }
        }
    }

    @Test
    void everyDaemonRebuildAfterRandomEditsEqualsAFreshBuild() {
        // The build daemon's way: no watcher, the changes come from comparing the input listings.
        for (int seed = 1; seed <= SEEDS; seed++) {
            root = TestProjects.copy("basic", tmp.resolve("daemon-" + seed)).toAbsolutePath().normalize();
            for (int i = 0; i < 60; i++) write(claimFile(i), claim(i, "false", "t" + (i % 3), "council", "Summary " + i + "."));
            factcheck.site.BuildCaches caches = factcheck.site.BuildCaches.keeping();
            Path out = tmp.resolve("daemon-out-" + seed);
            Random random = new Random(100 + seed);
            List<String> done = new ArrayList<>();
            for (int e = 0; e <= EDITS; e++) {
                if (e > 0) done.add(edit(random));
                Diagnostics d = new Diagnostics();
                boolean built = new Build(root, caches).write(out, d).isPresent();
                Diagnostics f = new Diagnostics();
                Path fresh = tmp.resolve("fresh");
                if (Files.exists(fresh)) TestProjects.deleteTree(fresh);
                boolean freshBuilt = new Build(root).write(fresh, f).isPresent();
                String after = "seed " + seed + " after " + done;
                assertEquals(f.lines(), d.lines(), after + ": the same problems");
                if (built) assertEquals(TestProjects.snapshot(fresh), TestProjects.snapshot(out), after);
                assertEquals(freshBuilt, built, after);
            }
        }
    }

    @Test
    void aPlannedSiteRendersNothingUntilAPageIsAskedFor() {
        root = TestProjects.copy("basic", tmp).toAbsolutePath().normalize();
        MemoryBuild build = new MemoryBuild(root);
        BuildResult result = build.run(FileChanges.unknown());
        assertTrue(result.ok(), String.join("\n", result.errors()));
        assertEquals(0, build.pagesRendered(), "no page is rendered before one is asked for");
        assertNotNull(result.site().file("claims/officers-hurt/index.html"));
        assertEquals(1, build.pagesRendered(), "asking for one page renders that page alone");
        result.site().file("claims/officers-hurt/index.html");
        assertEquals(1, build.pagesRendered(), "asked again, it is not rendered again");
    }

    /** One random edit; returns what it did. */
    private String edit(Random random) {
        int i = random.nextInt(70); // some of these claims do not exist yet
        Path claim = claimFile(i);
        switch (random.nextInt(12)) {
            case 0 -> write(claim, claim(i, pick(random, "true", "false", "unproven"), "t" + random.nextInt(4), "council", "Edited " + random.nextInt(1000) + "."));
            case 1 -> write(claim, claim(i, "true", "t1", pick(random, "council", "mayor"), "Moved."));
            case 2 -> delete(claim);
            case 3 -> write(claim, claim(i, "false", "t0", "council", "Broken.").replace("quote: the budget rose", "quote: the budget fell"));
            case 4 -> write(root.resolve("content/actors/mayor.yaml"), "name: The Mayor " + random.nextInt(100) + "\nkind: person\n");
            case 5 -> {
                toggle(root.resolve("content/claims/notes.txt"), "a stray file");
                return "stray file toggled";
            }
            case 6 -> {
                Path folder = root.resolve("content/claims/old");
                if (Files.exists(folder)) {
                    delete(folder.resolve("x.yaml"));
                    delete(folder);
                } else {
                    mkdir(folder);
                    write(folder.resolve("x.yaml"), claim(0, "true", "t0", "council", "In a folder."));
                }
                return "sub-folder toggled";
            }
            case 7 -> write(root.resolve("content/sources/report.yaml"),
                    read(root.resolve("content/sources/report.yaml")).replaceFirst("title: [^\n]*", "title: Report " + random.nextInt(100)));
            case 8 -> {
                toggle(root.resolve("content/actors/mayor.yaml"), "name: The Mayor\nkind: person\n");
                return "an actor that claims name removed or put back";
            }
            case 9 -> {
                // Lines added above every quote: each passage moves, though no claim changed.
                Path seed = root.resolve("seeds/report.txt");
                write(seed, read(seed).replaceFirst("\n", "\n" + "A line added above. ".repeat(1 + random.nextInt(3)) + "\n"));
                return "the article edited above its quotes";
            }
            case 10 -> {
                // A template: the pages made from it render again, the others are kept.
                String template = pick(random, "claim", "topic", "source", "actor", "layout");
                Path file = root.resolve("templates/" + template + ".html");
                String mark = "<p>Edit " + random.nextInt(1000) + "</p>";
                write(file, template.equals("layout")
                        ? read(file).replaceFirst("Skip to (the )?content", random.nextBoolean() ? "Skip to the content" : "Skip to content")
                        : read(file).replaceFirst("(<p>Edit \\d+</p>)?</main>", mark + "</main>"));
                return template + ".html edited";
            }
            default -> write(claim, "claim: [unclosed\n");
        }
        return "edit of claim " + i;
    }

    private void assertSameAsFreshBuild(BuildResult served, String after) {
        Diagnostics d = new Diagnostics();
        Path fresh = tmp.resolve("fresh");
        if (Files.exists(fresh)) TestProjects.deleteTree(fresh);
        boolean built = new Build(root).write(fresh, d).isPresent();
        if (!built) {
            assertEquals(d.lines(), served.errors(), after + ": the same problems");
            return;
        }
        assertTrue(served.ok(), after + ": " + served.errors());
        SortedMap<String, String> files = new TreeMap<>(TestProjects.snapshot(fresh));
        files.values().removeIf("folder"::equals);
        assertEquals(files, snapshot(served.site()), after);
    }

    private static SortedMap<String, String> snapshot(RenderedSite site) {
        SortedMap<String, String> files = new TreeMap<>();
        for (String path : site.paths()) files.put(path, TestProjects.sha256(site.file(path)));
        return files;
    }

    private Path claimFile(int i) {
        return root.resolve("content/claims/many-" + String.format("%03d", i) + ".yaml");
    }

    private static String claim(int i, String rating, String topic, String claimant, String summary) {
        return TestProjects.claimRecord(i, rating, topic, claimant, summary);
    }

    private static String pick(Random random, String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String read(Path file) {
        return TestProjects.read(file);
    }

    /** Writes as editors save: a temporary file renamed over the old one. */
    private void write(Path file, String text) {
        try {
            Path temp = file.resolveSibling("." + file.getFileName() + ".tmp");
            Files.writeString(temp, text);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.add(file);
    }

    /** Deletes {@code file} if it is there, else writes it with {@code text}. */
    private void toggle(Path file, String text) {
        if (Files.exists(file)) delete(file);
        else write(file, text);
    }

    private void delete(Path file) {
        try {
            if (Files.deleteIfExists(file)) changed.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void mkdir(Path folder) {
        try {
            Files.createDirectory(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        changed.add(folder);
    }
}
