package factcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Fixture projects for tests: a copy of {@code src/test/resources/sites/<name>} with the
 * project's real {@code templates/}, in a temporary folder the test may change at will.
 */
public final class TestProjects {

    /** The repository root (Maven runs tests there). */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private TestProjects() {}

    /** A fresh copy of fixture {@code name} under {@code dir}, with the real templates; returns its root. */
    public static Path copy(String name, Path dir) {
        Path root = dir.resolve(name);
        copyTree(REPO.resolve("src/test/resources/sites").resolve(name), root);
        copyTree(REPO.resolve("templates"), root.resolve("templates"));
        return root;
    }

    /** A fresh copy of the shipped project (content, seeds, templates) under {@code dir}. */
    public static Path copyShipped(Path dir) {
        Path root = dir.resolve("shipped");
        for (String d : new String[] {"content", "seeds", "templates"}) copyTree(REPO.resolve(d), root.resolve(d));
        return root;
    }

    public static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the only occurrence of {@code from} in a file; fails if it is not there exactly once. */
    public static void replace(Path file, String from, String to) {
        String text = read(file);
        int at = text.indexOf(from);
        if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new AssertionError("`" + from + "` is not in " + file + " exactly once");
        write(file, text.substring(0, at) + to + text.substring(at + from.length()));
    }

    public static void writeBytes(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every file and link under {@code dir} (not following links) with a digest of its bytes or the
     * link's target, keyed by relative path: two snapshots are equal when nothing changed. Entries
     * whose first path segment is in {@code skip} are left out.
     */
    public static java.util.SortedMap<String, String> snapshot(Path dir, String... skip) {
        java.util.SortedMap<String, String> out = new java.util.TreeMap<>();
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return out;
        java.util.Set<String> skipped = java.util.Set.of(skip);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                String rel = dir.relativize(p).toString().replace('\\', '/');
                if (!rel.isEmpty() && skipped.contains(rel.split("/")[0])) continue;
                if (Files.isSymbolicLink(p)) out.put(rel, "link -> " + Files.readSymbolicLink(p));
                else if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) out.put(rel, sha256(Files.readAllBytes(p)));
                else out.put(rel + "/", "folder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Deletes a folder and everything in it, not following links. */
    public static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A claim record for the {@code basic} fixture, number {@code i}: reviewed {@code i} days after
     * 2020-01-01, citing its report's "the budget rose" (before "again").
     */
    public static String claimRecord(int i, String rating, String topic, String claimant, String summary) {
        return """
                claim: Claim number %d.
                claimant: %s
                rating: "%s"
                summary: %s
                reviewed: %s
                topics: [%s]
                citations:
                  - source: report
                    quote: the budget rose
                    suffix: again
                    stance: supports
                """.formatted(i, claimant, rating, summary, java.time.LocalDate.of(2020, 1, 1).plusDays(i), topic);
    }
}
