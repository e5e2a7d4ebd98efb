package factcheck.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * What a build's result depends on, as one fingerprint: the name, size, modification time and
 * file key of
 * every file under {@code content/}, {@code seeds/} and {@code templates/}, of the generator's
 * jar, and of every file of the output it wrote. Kept in {@code ROOT/.factcheck/} (ignored by
 * git) after each successful build, so that a build with nothing changed can say so at once
 * instead of doing the same work again. Without a jar (tests run from classes) there is no stamp.
 */
final class BuildStamp {

    static final List<String> INPUTS = List.of("content", "seeds", "templates");

    private final Path root;
    private final Path out;
    private final Optional<Path> generator;
    private final Path file;
    /**
     * The inputs as first listed, before the build: recording them rather than listing them again
     * afterwards saves a walk of every input file, and an edit made during the build then still
     * makes the next build run.
     */
    private String inputs;
    /** The output folder's listing as last seen (see {@link #outputListing}). */
    private Listing output;
    /** The inputs' and the output's listings, being taken while the build loads (see {@link #listAhead}); null when not. */
    private CompletableFuture<String> inputsAhead;
    private CompletableFuture<Listing> outputAhead;
    private java.util.function.Supplier<Listing> lookAtOutput;
    /** How an input folder is listed: walked, or checked against what a daemon saw last time. */
    private java.util.function.Function<Path, Listing> lister = Listing::of;

    /** The stamp of building {@code root} into {@code out} with {@code generator} (the jar; empty: never unchanged). */
    BuildStamp(Path root, Path out, Optional<Path> generator) {
        this.root = root;
        this.out = out.toAbsolutePath().normalize();
        this.generator = generator;
        this.lookAtOutput = () -> Listing.of(this.out);
        this.file = root.resolve(".factcheck").resolve("build-" + sha256(this.out.toString()).substring(0, 16));
    }

    /** Lists the input folders with {@code lister} rather than by walking them. */
    BuildStamp listingInputsWith(java.util.function.Function<Path, Listing> lister) {
        this.lister = lister;
        return this;
    }

    /** The stamp for the generator that is running: its jar, when it runs from one. */
    static BuildStamp ofThisGenerator(Path root, Path out) {
        return new BuildStamp(root, out, generatorJar());
    }

    /** True when the last successful build into this output saw exactly the files there are now. */
    boolean unchanged() {
        return unchanged(() -> Listing.of(out));
    }

    /** The same, with the output's listing as it is now from {@code outputNow} (run beside the listing of the inputs). */
    boolean unchanged(java.util.function.Supplier<Listing> outputNow) {
        output = null;
        outputAhead = null;
        lookAtOutput = outputNow;
        Optional<String> now = fingerprint();
        try {
            return now.isPresent() && Files.isRegularFile(file) && Files.readString(file).equals(now.get());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Starts listing the inputs and the output, unless known already, on a thread of its own:
     * a build lists them while it loads rather than after it wrote (both are walks of ten
     * thousand files and folders at 10,000 claims). The inputs are then listed as they were
     * before the build read them, so an edit saved during the build makes the next one run.
     */
    void listAhead() {
        java.util.concurrent.Executor ownThread = task -> {
            Thread t = new Thread(task, "factcheck-listing");
            t.setDaemon(true);
            t.start();
        };
        if (generator.isPresent() && inputs == null && inputsAhead == null) inputsAhead = CompletableFuture.supplyAsync(this::inputs, ownThread);
        if (output == null && outputAhead == null) outputAhead = CompletableFuture.supplyAsync(lookAtOutput, ownThread);
    }

    /**
     * Records the fingerprint after a successful build; a stamp that cannot be written only costs
     * a rebuild. {@code output}: the output's listing when the build knows it, else null (listed now).
     */
    void record() {
        record(null);
    }

    void record(Listing output) {
        this.output = output;
        outputAhead = null; // taken before the build wrote: the output is listed again unless known
        fingerprint().ifPresent(f -> {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, f);
            } catch (IOException e) {
                // the next build will simply not be skipped
            }
        });
    }

    /** The output's listing as the last {@link #unchanged}, {@link #listAhead} or {@link #record} saw it; null before any. */
    Listing outputListing() {
        if (output == null && outputAhead != null) {
            try {
                output = outputAhead.join();
            } catch (CompletionException e) {
                output = null; // listed again when recorded
            }
            outputAhead = null;
        }
        return output;
    }

    /** Lists the output unless known, and the inputs unless listed already; empty without a jar. */
    private Optional<String> fingerprint() {
        Optional<Path> jar = generator;
        if (!Files.isDirectory(out)) return Optional.empty();
        try {
            listAhead(); // inputs and output at the same time, unless known or being listed: tens of thousands of files each
            if (jar.isPresent() && inputs == null) inputs = inputsAhead.join();
            if (jar.isEmpty() || outputListing() == null) return Optional.empty();
            MessageDigest all = sha256();
            add(all, "generator", jar.get(), Files.readAttributes(jar.get(), BasicFileAttributes.class));
            all.update((inputs + output.digest()).getBytes(StandardCharsets.UTF_8));
            return Optional.of(HexFormat.of().formatHex(all.digest()));
        } catch (IOException | UncheckedIOException | CompletionException e) {
            return Optional.empty();
        }
    }

    /** One digest of every input folder's listing. */
    private String inputs() {
        StringBuilder all = new StringBuilder();
        for (String folder : INPUTS) {
            Listing l = lister.apply(root.resolve(folder));
            all.append(folder).append(' ').append(l == null ? "none" : l.digest()).append('\n');
        }
        // factcheck's own templates, which fill in the ones a project does not have.
        factcheck.load.DefaultTheme.folder().ifPresent(d -> {
            Listing l = lister.apply(d);
            all.append("factcheck templates ").append(l == null ? "none" : l.digest()).append('\n');
        });
        return all.toString();
    }

    private static void add(MessageDigest digest, String kind, Path p, BasicFileAttributes a) {
        // The file key (device and inode on Unix) catches a file replaced by another with the same
        // size and time, as unpacking an archive or `rsync -t` can do.
        String entry = kind + '\t' + p + '\t' + a.size() + '\t' + a.lastModifiedTime().toInstant() + '\t' + a.fileKey()
                + '\t' + a.isSymbolicLink() + '\n';
        digest.update(entry.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<Path> generatorJar() {
        try {
            Path p = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") && Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String sha256(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
