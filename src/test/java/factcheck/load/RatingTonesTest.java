package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.Project;
import factcheck.model.Rating;
import factcheck.model.Tone;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A verdict's colour goes by what it means: the worst of any scale is red, never green, unless site.yaml says otherwise. */
class RatingTonesTest {

    @TempDir
    Path tmp;

    private Project load(String ratings) {
        Path root = TestProjects.copy("basic", tmp);
        String site = TestProjects.read(root.resolve("content/site.yaml"));
        TestProjects.write(root.resolve("content/site.yaml"), site.substring(0, site.indexOf("ratings:")) + ratings);
        Diagnostics d = new Diagnostics();
        return new ProjectLoader(root).loadWhatParses(d).orElseThrow(() -> new AssertionError(d.report()));
    }

    private static List<Tone> tones(Project p) {
        return p.config().ratings().stream().map(Rating::tone).toList();
    }

    @Test
    void theWorstOfATwoVerdictScaleIsRed() {
        Project p = load("ratings:\n  - {id: accurate, label: Accurate, description: a}\n  - {id: false, label: False, description: b}\n");
        assertEquals(List.of(Tone.GREEN, Tone.RED), tones(p), "docs/content.md's own example scale");
    }

    @Test
    void aLongerScaleRunsFromGreenToRed() {
        StringBuilder scale = new StringBuilder("ratings:\n");
        for (int i = 0; i < 5; i++) scale.append("  - {id: r").append(i).append(", label: R").append(i).append(", description: d}\n");
        assertEquals(List.of(Tone.GREEN, Tone.LIME, Tone.AMBER, Tone.ORANGE, Tone.RED), tones(load(scale.toString())));
    }

    @Test
    void aToneGivenInSiteYamlIsKeptAndAnUnknownOneIsAnError() {
        Project p = load("ratings:\n  - {id: true, label: True, description: a}\n  - {id: false, label: False, description: b}\n"
                + "  - {id: unproven, label: Unproven, description: c, tone: grey}\n");
        assertEquals(List.of(Tone.GREEN, Tone.RED, Tone.GREY), tones(p), "a grey unproven after it leaves False the red end of the line");

        Path root = TestProjects.copy("basic", tmp.resolve("again"));
        TestProjects.replace(root.resolve("content/site.yaml"), "  - id: unproven\n", "  - id: unproven\n    tone: gray\n");
        Diagnostics d = new Diagnostics();
        new ProjectLoader(root).load(d);
        assertTrue(d.report().contains("unknown tone `gray`"), d.report());
        assertTrue(d.report().contains("use one of: green, lime, amber, orange, red, grey, purple"), d.report());
    }

    @Test
    void aDesksOwnColourIsCheckedForContrastInLightAndDarkMode() {
        Path root = TestProjects.copy("basic", tmp.resolve("colours"));
        Path site = root.resolve("content/site.yaml");
        TestProjects.replace(site, "  - id: unproven\n", "  - id: unproven\n    colour: \"#ffcc00\"\n    darkColour: \"#202020\"\n");
        TestProjects.replace(site, "  - id: false\n", "  - id: false\n    colour: red\n");
        TestProjects.replace(site, "  - id: true\n", "  - id: true\n    colour: #1b6e3a\n"); // unquoted: a YAML comment
        Diagnostics d = new Diagnostics();
        new ProjectLoader(root).load(d);
        assertTrue(d.report().contains("`colour` #ffcc00 is too faint to read on the light page (#fdfcfa): contrast 1.47:1, and WCAG AA asks 4.5:1"), d.report());
        assertTrue(d.report().contains("`darkColour` #202020 is too faint to read on the dark page (#16171a): contrast 1.10:1"), d.report());
        assertTrue(d.report().contains("`colour` is not a colour: `red`"), d.report());
        assertTrue(d.report().contains("`colour` is empty") && d.report().contains("quote the colour, since # starts a comment in YAML"), d.report());
        assertEquals(4, d.count(), d.report());
    }

    @Test
    void aReadableColourReachesEveryVerdictOnThePagesWithItsIdsClass() throws java.io.IOException {
        Path root = TestProjects.copy("basic", tmp.resolve("readable"));
        TestProjects.replace(root.resolve("content/site.yaml"), "  - id: unproven\n", "  - id: unproven\n    colour: \"#5B4A8A\"\n");
        Diagnostics d = new Diagnostics();
        Path out = tmp.resolve("out");
        assertTrue(new factcheck.site.Build(root).write(out, d).isPresent(), d.report());
        String home = java.nio.file.Files.readString(out.resolve("index.html"));
        assertTrue(home.contains(".verdict.rating-unproven { color: #5b4a8a; }"), "its light colour");
        assertTrue(home.contains("@media (prefers-color-scheme: dark) {\n  .verdict.rating-unproven { color: var(--r"), "and its tone's in dark mode");
        assertTrue(home.contains("class=\"verdict verdict-r") && home.contains(" rating-unproven\""), "every verdict names its rating");

        Path plain = TestProjects.copy("basic", tmp.resolve("plain"));
        assertTrue(new factcheck.site.Build(plain).write(tmp.resolve("plain-out"), d).isPresent(), d.report());
        assertTrue(!java.nio.file.Files.readString(tmp.resolve("plain-out/index.html")).contains("<style>"), "no rules without colours of its own");
    }
}
