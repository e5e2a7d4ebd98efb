package factcheck.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build may be skipped only when nothing it depends on changed: inputs, generator, output. */
class BuildStampTest {

    @TempDir
    Path tmp;

    Path root;
    Path out;
    Path jar;

    @BeforeEach
    void buildOnce() throws Exception {
        root = TestProjects.copy("basic", tmp);
        out = tmp.resolve("out");
        jar = Files.writeString(tmp.resolve("factcheck.jar"), "generator");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(out, d).isPresent(), d.report());
        stamp().record();
    }

    private BuildStamp stamp() {
        return new BuildStamp(root, out, Optional.of(jar));
    }

    private static void touch(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    }

    @Test
    void withNothingChangedTheBuildIsUpToDate() {
        assertTrue(stamp().unchanged());
    }

    @Test
    void anEditedClaimMakesItStale() throws Exception {
        touch(root.resolve("content/claims/budget-rose.yaml"));
        assertFalse(stamp().unchanged());
    }

    @Test
    void anEditedArticleOrTemplateMakesItStale() throws Exception {
        touch(root.resolve("seeds/letter.txt"));
        assertFalse(stamp().unchanged());
        stamp().record();
        touch(root.resolve("templates/claim.html"));
        assertFalse(stamp().unchanged());
    }

    @Test
    void aNewOrDeletedRecordMakesItStale() throws Exception {
        Files.copy(root.resolve("content/actors/mayor.yaml"), root.resolve("content/actors/mayor-2.yaml"));
        assertFalse(stamp().unchanged());
        stamp().record();
        Files.delete(root.resolve("content/actors/mayor-2.yaml"));
        assertFalse(stamp().unchanged());
    }

    @Test
    void aChangedOrDeletedOutputFileMakesItStale() throws Exception {
        Files.writeString(out.resolve("index.html"), "edited by hand");
        assertFalse(stamp().unchanged());
        stamp().record();
        Files.delete(out.resolve("claims.json"));
        assertFalse(stamp().unchanged());
    }

    @Test
    void aFileReplacedByAnotherWithTheSameSizeAndTimeMakesItStale() throws Exception {
        Path claim = root.resolve("content/claims/budget-rose.yaml");
        Path other = tmp.resolve("replacement.yaml");
        Files.writeString(other, Files.readString(claim).replace("twice", "TWICE"));
        Files.setLastModifiedTime(other, Files.getLastModifiedTime(claim));
        Files.move(other, claim, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertFalse(stamp().unchanged());
    }

    @Test
    void aNewGeneratorMakesItStale() throws Exception {
        touch(jar);
        assertFalse(stamp().unchanged());
    }

    @Test
    void withoutAGeneratorJarNothingIsEverSkipped() {
        new BuildStamp(root, out, Optional.empty()).record();
        assertFalse(new BuildStamp(root, out, Optional.empty()).unchanged());
    }

    @Test
    void eachOutputFolderHasItsOwnStamp() {
        assertFalse(new BuildStamp(root, tmp.resolve("elsewhere"), Optional.of(jar)).unchanged());
    }
}
