package factcheck.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What earlier builds left beside the output folder: the site the last build replaced
 * ({@code .<name>.previous}) and the temporary folders of builds that were killed. Deleting a
 * large site is slow on many disks (26 s of an 80 s build at 50,000 claims here, mostly waiting
 * on the disk), so a build does not delete the site it replaces: it keeps it as
 * {@code .<name>.previous}, and the next build deletes it in a background thread while it
 * renders, and waits for that thread at the end.
 */
final class Leftovers {

    private final Thread cleaner;

    private Leftovers(List<Path> folders) {
        cleaner = new Thread(() -> {
            for (Path p : folders) {
                try {
                    OutputDir.deleteTree(p);
                } catch (IOException | RuntimeException e) {
                    // left for the next build to try again; the new site does not depend on it
                }
            }
        }, "factcheck-leftovers");
        cleaner.setDaemon(true);
    }

    /** Where the site replaced by the last build waits to be deleted. */
    static Path previous(Path parent, String name) {
        return parent.resolve("." + name + ".previous");
    }

    /**
     * Starts deleting the leftovers of earlier builds into {@code parent/name}. The previous site
     * is first renamed out of the way, so that this build's swap can use the name.
     */
    static Leftovers clearInBackground(Path parent, String name) throws IOException {
        Path previous = previous(parent, name);
        if (Files.isDirectory(previous)) {
            Path trash = Files.createTempDirectory(parent, "." + name + ".trash-");
            Files.delete(trash);
            Files.move(previous, trash);
        }
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path p : entries.sorted().toList()) {
                String n = p.getFileName().toString();
                boolean ours = n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-") || n.startsWith("." + name + ".trash-");
                if (ours && Files.isDirectory(p)) folders.add(p);
            }
        }
        Leftovers leftovers = new Leftovers(folders);
        leftovers.cleaner.start();
        return leftovers;
    }

    /** Waits until the leftovers are deleted (or could not be: then the next build tries again). */
    void await() {
        try {
            cleaner.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
