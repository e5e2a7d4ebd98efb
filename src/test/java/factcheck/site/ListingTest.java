package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A listing looked at again equals a fresh walk of the folder, whatever changed in it. */
class ListingTest {

    @TempDir
    Path dir;

    @BeforeEach
    void tree() throws IOException {
        Files.createDirectories(dir.resolve("claims"));
        Files.createDirectories(dir.resolve("actors"));
        for (String f : new String[] {"claims/a.yaml", "claims/b.yaml", "actors/x.yaml", "site.yaml"}) Files.writeString(dir.resolve(f), f);
    }

    /**
     * Folder times as ten seconds ago: a change now always gives a folder a new time, whatever the
     * clock's tick, and no folder is recent enough to be read again as racy (see the last test).
     */
    private void ageFolders() throws IOException {
        FileTime before = FileTime.from(Instant.now().minusSeconds(10));
        for (String f : new String[] {"", "claims", "actors"}) Files.setLastModifiedTime(dir.resolve(f), before);
    }

    @Test
    void nothingChangedGivesTheSameListing() throws IOException {
        ageFolders();
        Listing l = Listing.of(dir);
        assertSame(l, l.refreshed(dir));
        assertSame(l, l.verified(dir));
    }

    @Test
    void filesAddedRemovedReplacedAndFoldersAddedAreAllSeen() throws IOException {
        ageFolders();
        Listing l = Listing.of(dir);
        Files.writeString(dir.resolve("claims/c.yaml"), "new");                  // added
        Files.delete(dir.resolve("claims/b.yaml"));                               // removed
        Files.writeString(dir.resolve("claims/a.yaml.tmp"), "saved by renaming");
        Files.move(dir.resolve("claims/a.yaml.tmp"), dir.resolve("claims/a.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(dir.resolve("pages/deep"));                       // a new folder with files in it
        Files.writeString(dir.resolve("pages/deep/p.md"), "page");
        Files.writeString(dir.resolve("actors/x.yaml"), "edited in place, longer");

        assertEquals(Listing.of(dir).digest(), l.refreshed(dir).digest());
    }

    @Test
    void aFolderReplacedByAFileIsSeen() throws IOException {
        ageFolders();
        Listing l = Listing.of(dir);
        for (String f : new String[] {"a.yaml", "b.yaml"}) Files.delete(dir.resolve("claims").resolve(f));
        Files.delete(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims"), "a file where the folder was");
        assertEquals(Listing.of(dir).digest(), l.refreshed(dir).digest());
    }

    @Test
    void aFolderThatIsGoneListsAsNone() throws IOException {
        Path claims = dir.resolve("claims");
        Listing l = Listing.of(claims);
        for (String f : new String[] {"a.yaml", "b.yaml"}) Files.delete(claims.resolve(f));
        Files.delete(claims);
        assertNull(l.refreshed(claims));
    }

    @Test
    void aFileAddedInTheSameTickAsTheListingIsSeenAtTheNextLook() throws IOException {
        Listing l = Listing.of(dir); // the folders were just written: their times are as recent as the listing
        FileTime tick = Files.getLastModifiedTime(dir.resolve("claims"));
        Files.writeString(dir.resolve("claims/late.yaml"), "made in the same tick");
        Files.setLastModifiedTime(dir.resolve("claims"), tick); // as a coarse file clock leaves it
        Listing again = l.refreshed(dir);
        assertEquals(Listing.of(dir).digest(), again.digest(), "the recent folder was read again");
        assertTrue(again.files().contains("claims/late.yaml"));
    }
}
