package factcheck.cli;

import static factcheck.TestProjects.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7: every bad input is a clean rejection. One row per way of breaking the fixture project;
 * each is built once, broken, and built again, and must exit with the expected status, name the
 * file with line and column, give a hint, print no stack trace, leave the previous site byte for
 * byte as it was and change no file of the project.
 */
class BadInputTest {

    @TempDir
    Path tmp;

    /** Breaks the project at {@code root}; returns extra command-line arguments (only usage cases need them). */
    interface Breaker {
        List<String> apply(Path root, Path tmp) throws Exception;
    }

    record Case(String name, int exit, Breaker breaker, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A content problem: exit 1, every expected fragment in stderr. */
    private static Case content(String name, ProjectChange change, String... expected) {
        return new Case(name, 1, (root, tmp) -> {
            change.apply(root, tmp);
            return List.of();
        }, List.of(expected));
    }

    /** A bad command line: exit 2. */
    private static Case usage(String name, Breaker breaker, String... expected) {
        return new Case(name, 2, breaker, List.of(expected));
    }

    interface ProjectChange {
        void apply(Path root, Path tmp) throws Exception;
    }

    private static final String CLAIM = "content/claims/officers-hurt.yaml";
    private static final String MAYOR = "content/actors/mayor.yaml";

    static Stream<Case> cases() {
        return Stream.of(
                // --- YAML ---
                content("malformed YAML", (r, t) -> write(r, MAYOR, "name: The Mayor\nkind: person\nrole: [unclosed\n"),
                        MAYOR + ":4:1: invalid YAML"),
                content("a tab in the indentation", (r, t) -> edit(r, CLAIM, "    stance: supports", "\tstance: supports"),
                        CLAIM + ":15:1: invalid YAML", "hint: indent with spaces, not tabs"),
                content("a duplicate key", (r, t) -> write(r, MAYOR, "name: The Mayor\nkind: person\nname: Another\n"),
                        MAYOR + ":3:1: duplicate key `name` (first written at line 1)"),
                content("an unknown key, near a known one", (r, t) -> edit(r, CLAIM, "summary:", "sumary:"),
                        CLAIM + ":8:1: unknown key `sumary`\n    hint: did you mean `summary`?"),
                content("an unknown key, near nothing", (r, t) -> edit(r, CLAIM, "summary:", "summary: x\nflavour:"),
                        CLAIM + ":9:1: unknown key `flavour`\n    hint: known keys here:"),
                content("a list where text goes", (r, t) -> edit(r, CLAIM, "claim: \"18 officers were hurt.\"", "claim: [18, officers]"),
                        CLAIM + ":1:8: `claim` must be text, found a list"),
                content("a mapping where a list goes", (r, t) -> edit(r, CLAIM, "about: [mayor]", "about: {mayor: yes}"),
                        CLAIM + ":5:8: `about` must be a list"),
                content("a file that is a list, not a record", (r, t) -> write(r, MAYOR, "- name: The Mayor\n- kind: person\n"),
                        MAYOR + ":1:1: " + MAYOR + " must be a mapping"),
                content("an empty file", (r, t) -> write(r, MAYOR, ""), MAYOR + ":1:1: file is empty"),
                content("a file of comments only", (r, t) -> write(r, MAYOR, "# nothing yet\n"), MAYOR + ":1:1: file is empty"),
                content("an invalid date", (r, t) -> edit(r, CLAIM, "date: 2022-01-07", "date: 2022-02-30"),
                        CLAIM + ":4:7: `date` is not a valid date: `2022-02-30`", "hint: write dates as YYYY-MM-DD"),
                content("a second YAML document", (r, t) -> write(r, MAYOR, "name: The Mayor\nkind: person\n---\nrole: Mayor\n"),
                        MAYOR + ":4:1: a record file holds one YAML document"),
                content("an alias bomb (billion laughs)", (r, t) -> write(r, "content/claims/lol.yaml", billionLaughs()),
                        "content/claims/lol.yaml:3:", "YAML aliases (`*name`) are not supported"),
                content("an alias standing for an id", (r, t) -> {
                    edit(r, CLAIM, "claimant: council", "claimant: &who council");
                    edit(r, CLAIM, "about: [mayor]", "about: [*who]");
                }, CLAIM + ":5:9: YAML aliases (`*name`) are not supported"),
                content("nesting ten thousand deep", (r, t) -> write(r, "content/claims/deep.yaml", "claim: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
                        "content/claims/deep.yaml:1:", "invalid YAML: nested more than 50 levels deep"),
                content("an oversized record", (r, t) -> write(r, "content/claims/big.yaml", "claim: x\n" + "# padding\n".repeat(200_000)),
                        "content/claims/big.yaml:1:1: file is too large"),
                content("an oversized article", (r, t) -> write(r, "seeds/letter.txt", "word ".repeat(2_000_000)),
                        "content/sources/letter.yaml:2:7: seeds/letter.txt is too large"),

                // --- references and ids ---
                content("a dangling claimant", (r, t) -> edit(r, CLAIM, "claimant: council", "claimant: councl"),
                        CLAIM + ":2:11: `claimant` names `councl`, which does not exist\n    hint: did you mean `council`?"),
                content("a dangling appearance", (r, t) -> edit(r, CLAIM, "appearance: report", "appearance: reprt"),
                        CLAIM + ":3:13: `appearance` names `reprt`, which does not exist"),
                content("a dangling about", (r, t) -> edit(r, CLAIM, "about: [mayor]", "about: [mayor, nobody-at-all]"),
                        CLAIM + ":5:16: `about` names `nobody-at-all`, which does not exist\n    hint: define an actor in content/actors/nobody-at-all.yaml"),
                content("a dangling citation source", (r, t) -> edit(r, CLAIM, "  - source: letter", "  - source: leter"),
                        CLAIM + ":16:13: `source` names `leter`, which does not exist\n    hint: did you mean `letter`?"),
                content("a dangling rating", (r, t) -> edit(r, CLAIM, "rating: unproven", "rating: unprovn"),
                        CLAIM + ":7:9: `rating` names `unprovn`, which does not exist\n    hint: did you mean `unproven`?"),
                content("a record file name that is not an id", (r, t) -> Files.copy(r.resolve(CLAIM), r.resolve("content/claims/Officers_Hurt.yaml")),
                        "content/claims/Officers_Hurt.yaml:1:1: `Officers_Hurt` is not a valid id", "rename it to officers-hurt.yaml"),
                content("a page file name that is not an id", (r, t) -> Files.move(r.resolve("content/pages/about.md"), r.resolve("content/pages/About Us.md")),
                        "content/pages/About Us.md:1:1: `About Us` is not a valid page id", "rename it to about-us.md"),
                content("a record ending in .yml", (r, t) -> Files.move(r.resolve(MAYOR), r.resolve("content/actors/mayor.yml")),
                        "content/actors/mayor.yml:1:1: records end in .yaml, not .yml"),
                content("a file that is not a record", (r, t) -> write(r, "content/claims/notes.txt", "remember to check\n"),
                        "content/claims/notes.txt:1:1: not a record: content/claims/ holds only .yaml files", "hint: rename it to notes.yaml"),
                content("a folder inside a record folder", (r, t) -> write(r, "content/claims/2022/more.yaml", "claim: x\n"),
                        "content/claims/2022:1:1: folders inside content/claims/ are not read"),
                content("a rating id defined twice", (r, t) -> Files.writeString(r.resolve("content/site.yaml"),
                                "  - id: unproven\n    label: Again\n    description: Twice.\n", java.nio.file.StandardOpenOption.APPEND),
                        "content/site.yaml:17:9: rating `unproven` is defined twice"),
                content("a page named like a site folder", (r, t) -> Files.move(r.resolve("content/pages/about.md"), r.resolve("content/pages/claims.md")),
                        "content/pages/claims.md:1:1: a page cannot be called `claims`: the site uses that folder"),
                content("a claim with no citation", (r, t) -> write(r, "content/claims/bare.yaml", "claim: x\nclaimant: council\nrating: unproven\n"
                                + "summary: y\nreviewed: 2022-02-03\ncitations: []\n"),
                        "content/claims/bare.yaml:6:12: a claim needs at least one citation"),
                content("a quote found several times", (r, t) -> edit(r, "content/claims/budget-rose.yaml", "    suffix: again\n", ""),
                        "content/claims/budget-rose.yaml:8:12: quote found 3 times in source `report` (seeds/report.txt), at lines 3, 6"),

                // --- files and paths ---
                content("an article path with ..", (r, t) -> edit(r, "content/sources/letter.yaml", "seeds/letter.txt", "seeds/../content/site.yaml"),
                        "content/sources/letter.yaml:2:7: `seeds/../content/site.yaml` is outside seeds/"),
                content("an article path out of the root", (r, t) -> edit(r, "content/sources/letter.yaml", "seeds/letter.txt", "../../../etc/passwd"),
                        "content/sources/letter.yaml:2:7: `../../../etc/passwd` is outside seeds/"),
                content("an absolute article path", (r, t) -> edit(r, "content/sources/letter.yaml", "seeds/letter.txt", "/etc/passwd"),
                        "content/sources/letter.yaml:2:7: `/etc/passwd` is an absolute path"),
                content("an article that is a link out of the root", (r, t) -> {
                    Path secret = Files.writeString(t.resolve("secret.txt"), "I counted twelve injured officers, not eighteen.");
                    Files.delete(r.resolve("seeds/letter.txt"));
                    Files.createSymbolicLink(r.resolve("seeds/letter.txt"), secret);
                }, "content/sources/letter.yaml:2:7: `seeds/letter.txt` goes through a symbolic link (seeds/letter.txt)"),
                content("a seeds folder that is a link", (r, t) -> {
                    Path elsewhere = Files.createDirectories(t.resolve("elsewhere"));
                    TestProjects.copyTree(r.resolve("seeds"), elsewhere.resolve("seeds"));
                    factcheck.TestProjects.deleteTree(r.resolve("seeds"));
                    Files.createSymbolicLink(r.resolve("seeds"), elsewhere.resolve("seeds"));
                }, "content/sources/letter.yaml:2:7: `seeds/letter.txt` goes through a symbolic link (seeds)"),
                content("a missing article", (r, t) -> Files.delete(r.resolve("seeds/letter.txt")),
                        "content/sources/letter.yaml:2:7: `seeds/letter.txt` does not exist"),
                content("an article that is not UTF-8", (r, t) -> TestProjects.writeBytes(r.resolve("seeds/letter.txt"),
                                "A letter to the editor\n\nI counted twelve injured officers, not eighteen. Caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1)),
                        "seeds/letter.txt:3:53: not valid UTF-8 (byte 0xE9)", "iconv"),
                content("a record that is not UTF-8", (r, t) -> TestProjects.writeBytes(r.resolve(MAYOR),
                                "name: Andr\u00e9\nkind: person\n".getBytes(StandardCharsets.ISO_8859_1)),
                        MAYOR + ":1:11: not valid UTF-8 (byte 0xE9)"),
                content("a link inside content/", (r, t) -> Files.createSymbolicLink(r.resolve("content/actors/ghost.yaml"), r.resolve(MAYOR)),
                        "content/actors/ghost.yaml:1:1: symbolic links are not followed in content/"),
                content("a record folder that is a link", (r, t) -> {
                    Path elsewhere = Files.createDirectories(t.resolve("elsewhere"));
                    Files.move(r.resolve("content/claims"), elsewhere.resolve("claims"));
                    Files.createSymbolicLink(r.resolve("content/claims"), elsewhere.resolve("claims"));
                }, "content/claims:1:1: symbolic links are not followed in content/"),
                content("a site.yaml that is a link out of the root", (r, t) -> {
                    Path outside = Files.copy(r.resolve("content/site.yaml"), t.resolve("site.yaml"));
                    Files.delete(r.resolve("content/site.yaml"));
                    Files.createSymbolicLink(r.resolve("content/site.yaml"), outside);
                }, "content/site.yaml:1:1: symbolic links are not followed in content/"),

                // --- urls: http(s) only ---
                content("a javascript: link", (r, t) -> append(r, "content/actors/council.yaml", "links:\n  - title: Home\n    url: javascript:alert(1)\n"),
                        "content/actors/council.yaml:9:10: `url` must be an http:// or https:// URL: `javascript:alert(1)`",
                        "1 problem found"),
                content("a data: source url", (r, t) -> append(r, "content/sources/report.yaml", "url: data:text/html,<script>alert(1)</script>\n"),
                        "content/sources/report.yaml:7:6: `url` must be an http:// or https:// URL"),
                content("a JavaScript: archive url in mixed case", (r, t) -> append(r, "content/sources/report.yaml", "archiveUrl: \" JaVaScRiPt:alert(1)\"\n"),
                        "content/sources/report.yaml:7:13: `archiveUrl` must be an http:// or https:// URL"),
                content("a publisher url without a host", (r, t) -> edit(r, "content/site.yaml", "url: https://example.org/", "url: http:alert(1)"),
                        "content/site.yaml:6:8: `url` must be an http:// or https:// URL"),
                content("a vbscript: base url", (r, t) -> edit(r, "content/site.yaml", "language: en", "language: en\nbaseUrl: vbscript:msgbox(1)"),
                        "content/site.yaml:4:10: `baseUrl` must be an http(s) URL"),

                // --- several at once: every problem of the run is reported ---
                content("several problems in several files", (r, t) -> {
                    write(r, MAYOR, "name: The Mayor\nkind: persn\n");
                    edit(r, CLAIM, "rating: unproven", "rating: unprovn");
                    edit(r, "content/sources/letter.yaml", "seeds/letter.txt", "/etc/passwd");
                    write(r, "content/pages/about.md", "---\ntitle: About\ncolour: red\n---\nBody.\n");
                }, MAYOR + ":2:7: unknown kind `persn`", CLAIM + ":7:9: `rating` names `unprovn`",
                        "content/sources/letter.yaml:2:7: `/etc/passwd` is an absolute path",
                        "content/pages/about.md:3:1: unknown key `colour`", "4 problems found"),

                // --- usage: a bad --out exits 2 and replaces nothing ---
                usage("--out at the root", (r, t) -> out(r), "error: --out", "would replace the project itself"),
                usage("--out at content/", (r, t) -> out(r.resolve("content")), "error: --out", "inside content/"),
                usage("--out at seeds/", (r, t) -> out(r.resolve("seeds")), "error: --out", "inside seeds/"),
                usage("--out at templates/", (r, t) -> out(r.resolve("templates")), "error: --out", "inside templates/"),
                usage("--out above the root", (r, t) -> out(r.getParent()), "error: --out", "would replace the project itself"),
                usage("--out at an existing file", (r, t) -> out(Files.writeString(t.resolve("notes.txt"), "keep me")),
                        "error: --out", "is an existing file"),
                usage("--out at a folder that is not a site", (r, t) -> {
                    Path docs = Files.createDirectories(t.resolve("documents"));
                    Files.writeString(docs.resolve("precious.txt"), "keep me");
                    return out(docs);
                }, "error: --out", "refusing to replace it"),
                usage("--out at content/ through a link to the root", (r, t) -> {
                    Path alias = Files.createSymbolicLink(t.resolve("alias"), r);
                    return out(alias.resolve("content"));
                }, "error: --out", "inside content/"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRejectedCleanlyAndNothingIsLost(Case c) throws Exception {
        Path root = TestProjects.copy("basic", tmp);
        Cli first = Cli.run("build", "--root", root.toString());
        assertEquals(0, first.status(), first.err());
        SortedMap<String, String> siteBefore = TestProjects.snapshot(root.resolve("site"));

        List<String> args = new ArrayList<>(List.of("build", "--root", root.toString()));
        args.addAll(c.breaker().apply(root, tmp));
        SortedMap<String, String> projectBefore = TestProjects.snapshot(root, "site");
        SortedMap<String, String> outsideBefore = TestProjects.snapshot(tmp, "basic");

        Cli r = Cli.run(args.toArray(String[]::new));

        assertEquals(c.exit(), r.status(), "exit status; stderr:\n" + r.err());
        for (String fragment : c.expected()) assertTrue(r.err().contains(fragment), "expected\n  " + fragment + "\nin\n" + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), "no stack trace:\n" + r.err());
        if (c.exit() == 1) {
            assertTrue(r.err().contains("\n    hint: "), "every content error says how to fix it:\n" + r.err());
            assertTrue(r.err().contains("previous site was left as it was"), r.err());
        }
        assertEquals(siteBefore, TestProjects.snapshot(root.resolve("site")), "the previous site is byte for byte as it was");
        assertEquals(projectBefore, TestProjects.snapshot(root, "site"), "no project file was changed, added or deleted");
        assertEquals(outsideBefore, TestProjects.snapshot(tmp, "basic"), "nothing outside the project was touched");
    }

    // --- helpers ---

    private static void write(Path root, String file, String text) {
        TestProjects.write(root.resolve(file), text);
    }

    private static void edit(Path root, String file, String from, String to) {
        replace(root.resolve(file), from, to);
    }

    private static void append(Path root, String file, String text) throws java.io.IOException {
        Files.writeString(root.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }

    private static List<String> out(Path out) {
        return List.of("--out", out.toString());
    }

    /** Nine levels of nine aliases each: a billion strings if a loader expanded them. */
    static String billionLaughs() {
        StringBuilder y = new StringBuilder("claim: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'i'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) y.append(i == 0 ? "" : ",").append('*').append(p);
            y.append("]\n");
        }
        return y.toString();
    }
}
