package factcheck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeWatcherTest {

    private static final Duration QUIET = Duration.ofMillis(100);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir
    Path root;

    private final AtomicInteger changes = new AtomicInteger();

    private ChangeWatcher watch() throws Exception {
        Files.createDirectories(root.resolve("content/claims"));
        Files.createDirectories(root.resolve("seeds"));
        return new ChangeWatcher(root, List.of("content", "seeds", "templates"), QUIET, c -> changes.incrementAndGet());
    }

    /** Waits for the first callback, then a few quiet periods more, and says how many there were. */
    private int settledCount() throws InterruptedException {
        Eventually.holds("a rebuild", PATIENCE, () -> changes.get() > 0);
        Thread.sleep(QUIET.toMillis() * 4);
        return changes.get();
    }

    @Test
    void aBurstOfEditsIsOneRebuild() throws Exception {
        try (ChangeWatcher w = watch()) {
            for (int i = 0; i < 8; i++) {
                Files.writeString(root.resolve("content/claims/c" + i + ".yaml"), "claim: " + i);
                Thread.sleep(10);
            }
            Files.writeString(root.resolve("content/claims/c0.yaml"), "claim: again");
            assertEquals(1, settledCount());
        }
    }

    @Test
    void anAtomicSaveAsRenameIsOneRebuild() throws Exception {
        Path target = root.resolve("content/claims/a.yaml");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "claim: old");
        try (ChangeWatcher w = watch()) {
            Path temp = root.resolve("content/claims/.a.yaml.tmp"); // as editors do: write aside, move over
            Files.writeString(temp, "claim: new");
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            assertEquals(1, settledCount());
        }
    }

    @Test
    void aFolderCreatedWhileWatchingIsWatchedToo() throws Exception {
        try (ChangeWatcher w = watch()) {
            Files.createDirectories(root.resolve("seeds/new/deeper"));
            settledCount();
            changes.set(0);
            Files.writeString(root.resolve("seeds/new/deeper/article.txt"), "text");
            assertEquals(1, settledCount());
        }
    }

    @Test
    void aWatchedFolderCreatedLaterIsWatchedToo() throws Exception {
        try (ChangeWatcher w = watch()) {
            Files.createDirectories(root.resolve("templates/assets"));
            settledCount();
            changes.set(0);
            Files.writeString(root.resolve("templates/assets/style.css"), "body{}");
            assertEquals(1, settledCount());
        }
    }

    @Test
    void editorBackupFilesAndOtherFoldersChangeNothing() throws Exception {
        try (ChangeWatcher w = watch()) {
            Files.writeString(root.resolve("content/claims/a.yaml~"), "backup");
            Files.writeString(root.resolve("content/claims/.a.yaml.swp"), "swap");
            Files.createDirectories(root.resolve("site"));
            Files.writeString(root.resolve("notes.txt"), "not watched");
            Thread.sleep(QUIET.toMillis() * 4);
            assertEquals(0, changes.get());
        }
    }
}
