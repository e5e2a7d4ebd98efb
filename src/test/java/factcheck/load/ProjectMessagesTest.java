package factcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.site.Build;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's own interface text (templates/messages/LANG.yaml): overriding a message, adding a language, and its mistakes. */
class ProjectMessagesTest {

    @TempDir
    Path tmp;

    private Path project() {
        return TestProjects.copy("basic", tmp);
    }

    private static List<String> problems(Path root) {
        Diagnostics d = new Diagnostics();
        new Build(root).check(d);
        return d.lines();
    }

    /** The line (from 1) and column of the first {@code text} in a file. */
    private static String at(Path file, String text) {
        String all = TestProjects.read(file);
        int i = all.indexOf(text);
        int line = (int) all.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (i - all.lastIndexOf('\n', i - 1));
    }

    /** A messages file for a language factcheck does not ship: the English bundle's lines but {@code key}'s. */
    private static void writeKazakhWithout(Path root, String key) {
        StringBuilder kk = new StringBuilder();
        for (String line : MessagesReader.shipped("en").orElseThrow().split("\n")) {
            if (!line.startsWith(key + ":")) kk.append(line).append('\n');
        }
        TestProjects.write(root.resolve("templates/messages/kk.yaml"), kk.toString());
    }

    @Test
    void oneFileOverridesOneMessageAndTheRestStayAsShipped() throws IOException {
        Path root = project();
        TestProjects.write(root.resolve("templates/messages/en.yaml"), "nav.claims: Checks\n");
        Diagnostics d = new Diagnostics();
        assertTrue(new Build(root).write(tmp.resolve("out"), d).isPresent(), d.report());
        String home = Files.readString(tmp.resolve("out/index.html"));
        assertTrue(home.contains(">Checks</a>"), "the project's own text");
        assertTrue(home.contains(">Actors</a>"), "and the shipped one for the others");
    }

    @Test
    void aLanguageOfTheProjectsOwnNamesEachMessageItLacksWhereATemplateUsesIt() {
        Path root = project();
        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: kk");
        writeKazakhWithout(root, "claim.kicker");
        Path claim = root.resolve("templates/claim.html");
        assertEquals(List.of("templates/claim.html:" + at(claim, "#{claim.kicker}") + ": no message `claim.kicker` in `kk`"
                + "\n    hint: add `claim.kicker:` to templates/messages/kk.yaml (in English: Claim)"), problems(root));
    }

    @Test
    void aLanguageWithNoTextAtAllIsOneError() {
        Path root = project();
        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: kk");
        List<String> problems = problems(root);
        assertEquals(1, problems.size(), "one error, not one per message: " + problems);
        assertTrue(problems.get(0).startsWith("content/site.yaml:3:11: no interface text in `kk`: factcheck ships en, ar, es, fr, ru"), problems.get(0));
    }

    @Test
    void aLanguageTagThatIsNotOneIsAnErrorAtItsLine() {
        Path root = project();
        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: english please");
        assertEquals(List.of("content/site.yaml:3:11: `language` is not a language tag: `english please`"
                + "\n    hint: write a BCP 47 tag: en, ru, ar, pt-BR"), problems(root));
    }

    @Test
    void countsLackingAFormUnknownFormsAndBrokenPatternsAreReportedAtTheirLines() {
        Path root = project();
        TestProjects.write(root.resolve("templates/messages/en.yaml"), """
                count.claims:
                  one: "{0} check"
                pager.page: "Page {0 of {1}"
                count.passages:
                  one: "{0} passage"
                  few: "{0} passages"
                  other: "{0} passages"
                """);
        List<String> problems = problems(root);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("templates/messages/en.yaml:1:1: `count.claims` counts, and lacks the plural form other that English needs")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("templates/messages/en.yaml:3:13: not a message pattern")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("templates/messages/en.yaml:6:3: `few` is not a plural form of English")), problems.toString());
    }

    @Test
    void aPlainMessageWrittenUnescapedAndAMarkupOneWrittenEscapedAreErrors() {
        Path root = project();
        Path topics = root.resolve("templates/topics.html");
        TestProjects.replace(topics, "th:text=\"#{topics.lede}\"", "th:utext=\"#{topics.lede}\"");
        TestProjects.replace(root.resolve("templates/search.html"), "th:utext=\"#{search.noscriptHtml", "th:text=\"#{search.noscriptHtml");
        List<String> problems = problems(root);
        String unescaped = "templates/topics.html:" + at(topics, "th:utext=\"#{topics.lede}")
                + ": `topics.lede` is plain text, written here unescaped (th:utext): its values could inject markup";
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(unescaped)), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("templates/search.html:") && p.contains("`search.noscriptHtml` is markup")), problems.toString());
    }

    @Test
    void aMistypedKeyAndACountGivenAsOneTextAreErrors() {
        Path root = project();
        Path own = root.resolve("templates/messages/en.yaml");
        TestProjects.write(own, "nav.clams: Checks\ncount.claims: \"{0} checks\"\n");
        List<String> problems = problems(root);
        assertEquals(List.of("templates/messages/en.yaml:1:1: no template uses the message `nav.clams`\n    hint: did you mean `nav.claims`?",
                "templates/messages/en.yaml:2:1: `count.claims` counts: factcheck gives it one text per plural form, and this file one text"
                        + "\n    hint: write its forms: one:, other: (and the others the language has)"), problems);
    }

    @Test
    void aNewLanguageMustAlsoGiveTheMessagesTheRendererWritesItself() {
        Path root = project();
        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: kk");
        writeKazakhWithout(root, "source.passageLabel");
        List<String> problems = problems(root);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("templates/messages/kk.yaml:1:1: no message `source.passageLabel` in `kk`"), problems.get(0));
    }

    @Test
    void topicsMayBeWordsOfAnyScriptInLowerCase() {
        Path root = project();
        Path claim = root.resolve("content/claims/budget-rose.yaml");
        TestProjects.write(claim, TestProjects.read(claim) + "topics: [бюджет, Налоги]\n");
        assertEquals(List.of("content/claims/budget-rose.yaml:" + at(claim, "Налоги") + ": topic `Налоги` is not a valid topic"
                + "\n    hint: topics use lowercase letters of any script, digits and `-`, start with a letter or digit, at most 100 characters; write e.g. `налоги`"),
                problems(root));
    }
}
