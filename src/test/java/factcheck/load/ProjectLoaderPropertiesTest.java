package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostic;
import factcheck.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes a claim file holds, loading reports problems as diagnostics, each at a real place
 * in that file, and never throws: no parser exception, no stack trace, no partial project.
 */
class ProjectLoaderPropertiesTest {

    private static Path dir;
    private static Path root;

    @BeforeContainer
    static void fixture() throws IOException {
        dir = Files.createTempDirectory("factcheck-fuzz");
        root = TestProjects.copy("basic", dir);
    }

    @AfterContainer
    static void cleanUp() {
        TestProjects.deleteTree(dir);
    }

    @Property(tries = 300)
    void randomBytesAsAClaimFileAreReportedNeverThrown(@ForAll @Size(max = 600) byte[] bytes) throws IOException {
        assertReported(bytes);
    }

    /** Fragments of YAML syntax, so the parser is driven deep into its states, not stopped at the first byte. */
    @Provide
    Arbitrary<String> yamlSoup() {
        Arbitrary<String> piece = Arbitraries.of("claim", "claimant", "citations", "source", "quote", "rating", "reviewed", "about",
                ":", ": ", " ", "  ", "\n", "\n  ", "\n- ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "&b ", "*b", "<<: ", "!!str ",
                "!!binary ", "!!int ", "!foo ", "? ", "|", "|-\n", ">", "'", "\"", "\\u00e9", "\\", "#", "---\n", "...\n", "%YAML 1.2\n",
                "%TAG ! tag:x,2000:\n", "\t", "\uFEFF", "\u0000", "\u0085", "\u2028", "\uD83D\uDE00", "\r\n", "\r", "2022-02-30", "~",
                "null", "true", "1e400", "0x1F", ".inf", "council", "report", "unproven", "x".repeat(200));
        return piece.list().ofMaxSize(80).map(ps -> String.join("", ps));
    }

    @Property(tries = 600)
    void yamlShapedNoiseAsAClaimFileIsReportedNeverThrown(@ForAll("yamlSoup") String text) throws IOException {
        assertReported(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReported(byte[] bytes) throws IOException {
        Files.write(root.resolve("content/claims/fuzz.yaml"), bytes);
        Diagnostics diagnostics = new Diagnostics();
        boolean loaded = new ProjectLoader(root).load(diagnostics).isPresent(); // must not throw
        assertTrue(loaded != diagnostics.hasErrors(), "loaded exactly when there was no problem");
        List<Diagnostic> problems = diagnostics.sorted();
        for (Diagnostic d : problems) {
            assertTrue(d.at().path().equals("content/claims/fuzz.yaml") || d.message().contains("fuzz"),
                    "every problem is in the noisy file: " + d.format());
            assertTrue(d.at().line() >= 1 && d.at().column() >= 1, d.format());
            assertTrue(!d.message().contains("Exception") && !d.message().contains("\tat "), "no exception text: " + d.format());
        }
    }
}
