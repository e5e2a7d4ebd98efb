package factcheck.cli;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path tmp;

    @Test
    void buildWritesTheSiteAndSaysWhereToOpenIt() {
        Path root = TestProjects.copy("basic", tmp);
        Cli r = Cli.run("build", "--root", root.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.isRegularFile(root.resolve("site/claims/officers-hurt/index.html")));
        assertTrue(r.out().contains("open file:"), r.out());
    }

    @Test
    void checkValidatesAndWritesNothing() {
        Path root = TestProjects.copy("basic", tmp);
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("ok: 2 claims, 2 actors, 2 sources, 1 page; all "), "one page is not \"1 pages\": " + r.out());
        assertFalse(Files.exists(root.resolve("site")));
    }

    @Test
    void aBrokenQuoteExitsOneNamesTheFileAndLineAndShowsTheClosestPassage() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "I counted twelve injured", "I counted twelwe injured");
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:17:12: quote not found in source `letter` (seeds/letter.txt)"), r.err());
        assertTrue(r.err().contains("closest passage, line 3 (97% similar): \"I counted twelve injured officers, not eighteen.\""), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void aQuoteThatBeginsWithAQuotationGetsTheLineAsItShouldBe() {
        Path root = TestProjects.copy("basic", tmp);
        Path claim = root.resolve("content/claims/officers-hurt.yaml");
        replace(claim, "quote: I counted twelve injured officers, not eighteen.", "quote: \"I counted twelve\" injured officers, not eighteen.");
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status());
        String fixed = "quote: '\"I counted twelve\" injured officers, not eighteen.'";
        assertTrue(r.err().contains("officers-hurt.yaml:17:") && r.err().contains("wrap the whole value in single quotes")
                && r.err().contains("`" + fixed + "`"), r.err());
        replace(claim, "quote: \"I counted twelve\" injured officers, not eighteen.", fixed);
        assertEquals(1, Cli.run("check", "--root", root.toString()).status(), "the words are not the letter's: a quote not found, not a YAML error");
        assertFalse(Cli.run("check", "--root", root.toString()).err().contains("invalid YAML"));
    }

    @Test
    void aLinkToAMissingAssetFailsTheBuild() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("templates/layout.html"), "links.asset('style.css')", "links.asset('logo.png')");
        Cli r = Cli.run("build", "--no-daemon", "--root", root.toString());
        assertEquals(1, r.status(), r.err());
        assertTrue(r.err().contains("links.asset('logo.png'): there is no templates/assets/logo.png; add the file or correct the name"), r.err());
        assertFalse(Files.exists(root.resolve("site")), "nothing written");
    }

    @Test
    void anUnknownCommandIsAUsageErrorEvenWithHelp() {
        for (String[] args : new String[][] {{"publish", "--help"}, {"publish"}}) {
            Cli r = Cli.run(args);
            assertEquals(2, r.status(), String.join(" ", args));
            assertTrue(r.err().contains("unknown command or argument `publish`: the commands are init, build, check, serve, new, daemon, help"), r.err());
        }
        assertEquals(0, Cli.run("build", "--help").status());
    }

    @Test
    void errorsInThreeFilesOfThreeKindsAreAllReportedInOneRun() {
        Path root = TestProjects.copy("basic", tmp);
        TestProjects.write(root.resolve("content/actors/mayor.yaml"), "name: [The Mayor\n"); // YAML
        replace(root.resolve("content/claims/budget-rose.yaml"), "stance: context", "stance: contxt"); // a stance
        replace(root.resolve("content/claims/officers-hurt.yaml"), "I counted twelve injured", "I counted twelwe injured"); // a quote
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/actors/mayor.yaml:"), r.err());
        assertTrue(r.err().contains("unknown stance `contxt`"), r.err());
        assertTrue(r.err().contains("content/claims/officers-hurt.yaml:17:12: quote not found in source `letter`"), r.err());
    }

    @Test
    void anAmbiguousQuoteSaysHowManyMatchesAndWhere() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/claims/budget-rose.yaml"), "    suffix: again\n", "");
        Cli r = Cli.run("check", "--root", root.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("content/claims/budget-rose.yaml:8:12: quote found 3 times in source `report` (seeds/report.txt), at lines 3, 6"), r.err());
        assertTrue(r.err().contains("add `prefix:`"), r.err());
    }

    @Test
    void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        assertEquals(0, Cli.run("build", "--root", root.toString()).status());
        Path page = root.resolve("site/claims/officers-hurt/index.html");
        byte[] before = Files.readAllBytes(page);
        replace(root.resolve("content/claims/officers-hurt.yaml"), "18 officers were hurt.", "19 officers were hurt.");
        replace(root.resolve("content/claims/officers-hurt.yaml"), "I counted twelve", "I counted thirteen");
        Cli r = Cli.run("build", "--root", root.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("previous site was left as it was"), r.err());
        assertArrayEquals(before, Files.readAllBytes(page));
        try (var s = Files.list(root)) {
            assertEquals(0, s.filter(p -> p.getFileName().toString().startsWith(".site.new")).count(), "no temporary folder left");
        }
    }

    @Test
    void outMayNotBeTheProjectOrItsSources() {
        Path root = TestProjects.copy("basic", tmp);
        for (String out : new String[] {".", "content", "seeds", "templates", "content/claims", ".."}) {
            Cli r = Cli.run("build", "--root", root.toString(), "--out", root.resolve(out).toString());
            assertEquals(2, r.status(), "--out " + out + ": " + r.err());
            assertTrue(r.err().startsWith("error: --out"), r.err());
        }
        assertTrue(Files.isRegularFile(root.resolve("content/site.yaml")), "nothing was replaced");
    }

    @Test
    void outMayNotReplaceAFolderThatIsNotASite() throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        Path docs = Files.createDirectories(tmp.resolve("documents"));
        Files.writeString(docs.resolve("precious.txt"), "keep me");
        Cli r = Cli.run("build", "--root", root.toString(), "--out", docs.toString());
        assertEquals(2, r.status());
        assertTrue(Files.exists(docs.resolve("precious.txt")));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.run("build", "--no-such-option").status());
        assertEquals(2, Cli.run("frobnicate").status());
        assertEquals(2, Cli.run("check", "--root", tmp.resolve("missing").toString()).status());
    }

    @Test
    void helpAndVersionExitZero() {
        Cli help = Cli.run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("build") && help.out().contains("check"), help.out());
        Cli version = Cli.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("factcheck "), version.out());
    }
}
