package factcheck.load;

import static factcheck.TestProjects.replace;
import static factcheck.TestProjects.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostic;
import factcheck.diag.Diagnostics;
import factcheck.model.Project;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectLoaderTest {

    @TempDir
    Path tmp;

    private List<String> problems(Path root) {
        Diagnostics d = new Diagnostics();
        Optional<Project> p = new ProjectLoader(root).load(d);
        assertTrue(p.isEmpty(), "a project with problems must not load");
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    private static void assertHas(List<String> problems, String expected) {
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected) || p.contains(expected)),
                "expected a problem like\n  " + expected + "\nin\n  " + String.join("\n  ", problems));
    }

    @Test
    void theFixtureLoadsWithEveryRecordSortedById() {
        Path root = TestProjects.copy("basic", tmp);
        Diagnostics d = new Diagnostics();
        Project p = new ProjectLoader(root).load(d).orElseThrow(() -> new AssertionError(d.report()));
        assertEquals(List.of("budget-rose", "officers-hurt"), p.claims().stream().map(c -> c.id()).toList());
        assertEquals(List.of("letter", "report"), p.sources().stream().map(s -> s.id()).toList());
        assertEquals(3, p.config().ratings().size());
        assertEquals("true", p.config().ratings().get(0).id(), "YAML's `true` is read as the text it is");
        assertEquals(2, p.claims().get(1).citations().size());
        assertEquals(List.of("the council"), p.actorsById().get("council").aliases());
        assertEquals("About this desk", p.pages().get(0).title());
    }

    @Test
    void everyProblemOfARunIsReportedWithItsLineAndColumn() {
        Path root = TestProjects.copy("basic", tmp);
        Path claim = root.resolve("content/claims/officers-hurt.yaml");
        replace(claim, "claimant: council", "claimant: councl");          // dangling, near miss
        replace(claim, "about: [mayor]", "about: [mayor, nobody]");       // dangling in a list
        replace(claim, "date: 2022-01-07", "date: 2022-13-45");           // invalid date
        replace(claim, "rating: unproven", "rating: unprovn\nsumary: x"); // dangling rating, unknown key
        replace(claim, "    stance: contradicts", "    stance: contradicts\n    source2: x");
        write(root.resolve("content/claims/budget-rose.yaml"), "claim: [not, text]\nclaimant: council\n");
        write(root.resolve("content/claims/Bad_Name.yaml"), "claim: x\n");
        List<String> problems = problems(root);

        assertHas(problems, "content/claims/officers-hurt.yaml:2:11: `claimant` names `councl`, which does not exist\n    hint: did you mean `council`?");
        assertHas(problems, "content/claims/officers-hurt.yaml:5:16: `about` names `nobody`");
        assertHas(problems, "content/claims/officers-hurt.yaml:4:7: `date` is not a valid date: `2022-13-45`");
        assertHas(problems, "content/claims/officers-hurt.yaml:7:9: `rating` names `unprovn`");
        assertHas(problems, "content/claims/officers-hurt.yaml:8:1: unknown key `sumary`\n    hint: did you mean `summary`?");
        assertHas(problems, "content/claims/officers-hurt.yaml:20:5: unknown key `source2`");
        assertHas(problems, "content/claims/budget-rose.yaml:1:8: `claim` must be text, found a list");
        assertHas(problems, "content/claims/budget-rose.yaml:1:1: missing required field `rating`");
        assertHas(problems, "content/claims/budget-rose.yaml:1:1: missing required field `citations`".replace("missing required field `citations`", "a claim needs at least one citation"));
        assertHas(problems, "content/claims/Bad_Name.yaml:1:1: `Bad_Name` is not a valid id");
        assertHas(problems, "rename it to bad-name.yaml");
    }

    @Test
    void aYamlSyntaxErrorPointsAtItsPlace() {
        Path root = TestProjects.copy("basic", tmp);
        write(root.resolve("content/actors/mayor.yaml"), "name: The Mayor\nkind: person\nrole: [unclosed\n");
        write(root.resolve("content/actors/council.yaml"), "name: Council\n\tkind: government\n");
        List<String> problems = problems(root);
        assertHas(problems, "content/actors/mayor.yaml:4:1: invalid YAML");
        assertHas(problems, "content/actors/council.yaml:2:1: invalid YAML");
        assertHas(problems, "indent with spaces, not tabs");
    }

    @Test
    void duplicateKeysAreReportedAtTheSecond() {
        Path root = TestProjects.copy("basic", tmp);
        write(root.resolve("content/actors/mayor.yaml"), "name: The Mayor\nkind: person\nname: Another\n");
        assertHas(problems(root), "content/actors/mayor.yaml:3:1: duplicate key `name` (first written at line 1)");
    }

    @Test
    void aDanglingCitationSourceAndABadStanceAreReported() {
        Path root = TestProjects.copy("basic", tmp);
        Path claim = root.resolve("content/claims/officers-hurt.yaml");
        replace(claim, "  - source: letter", "  - source: leter");
        replace(claim, "stance: supports", "stance: agrees");
        List<String> problems = problems(root);
        assertHas(problems, "content/claims/officers-hurt.yaml:16:13: `source` names `leter`, which does not exist\n    hint: did you mean `letter`?");
        assertHas(problems, "content/claims/officers-hurt.yaml:15:13: unknown stance `agrees`");
    }

    @Test
    void aSourceTextMustStayUnderSeeds() {
        Path root = TestProjects.copy("basic", tmp);
        replace(root.resolve("content/sources/letter.yaml"), "text: seeds/letter.txt", "text: seeds/../content/site.yaml");
        replace(root.resolve("content/sources/report.yaml"), "text: seeds/report.txt", "text: /etc/passwd");
        List<String> problems = problems(root);
        assertHas(problems, "content/sources/letter.yaml:2:7: `seeds/../content/site.yaml` is outside seeds/");
        assertHas(problems, "content/sources/report.yaml:2:7: `/etc/passwd` is an absolute path");
    }

    @Test
    void aByteOrderMarkAndCrlfLineEndingsAreAccepted() {
        Path root = TestProjects.copy("basic", tmp);
        write(root.resolve("content/actors/mayor.yaml"), "\uFEFFname: The Mayor\r\nkind: person\r\n");
        Diagnostics d = new Diagnostics();
        Project p = new ProjectLoader(root).load(d).orElseThrow(() -> new AssertionError(d.report()));
        assertEquals("The Mayor", p.actorsById().get("mayor").name());
    }

    @Test
    void aMissingSiteConfigurationIsOneClearProblem() {
        Path root = TestProjects.copy("basic", tmp);
        root.resolve("content/site.yaml").toFile().delete();
        assertHas(problems(root), "content/site.yaml:1:1: missing site configuration");
    }
}
