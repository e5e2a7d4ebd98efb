package factcheck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import factcheck.TestProjects;
import factcheck.diag.Diagnostics;
import factcheck.model.Messages;
import factcheck.site.Build;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundles factcheck ships: the same keys in every language, and counts that read right. */
class MessageBundlesTest {

    static final List<String> SHIPPED = List.of("en", "ru", "es", "fr", "ar");
    static final int[] COUNTS = {0, 1, 2, 5, 11, 21, 101};

    @TempDir
    Path tmp;

    /** The messages a project in {@code language} gets, loaded as a build loads them (which checks every pattern and plural form). */
    private final Map<String, Messages> loaded = new java.util.HashMap<>();

    private Messages messages(String language) {
        return loaded.computeIfAbsent(language, this::load);
    }

    private Messages load(String language) {
        Path root = TestProjects.copy("basic", tmp.resolve(language));
        TestProjects.replace(root.resolve("content/site.yaml"), "language: en", "language: " + language);
        Diagnostics d = new Diagnostics();
        Messages m = new Build(root).check(d).orElseThrow(() -> new AssertionError(d.report())).project().theme().messages();
        assertEquals(0, d.count(), d.report());
        return m;
    }

    private static InterfaceText text(Messages m) {
        return new InterfaceText(m, new SiteLocale(m));
    }

    @Test
    void everyBundleHasEveryKeyOfTheEnglishOneAndNoOther() {
        Messages english = messages("en");
        for (String language : SHIPPED) {
            Messages m = messages(language);
            assertEquals(english.byKey().keySet(), m.byKey().keySet(), language);
            for (Map.Entry<String, Messages.Message> e : m.byKey().entrySet()) {
                assertEquals(english.byKey().get(e.getKey()).counts(), e.getValue().counts(), language + " " + e.getKey() + " counts as English's does");
                if (e.getValue().counts()) {
                    TreeSet<String> forms = new TreeSet<>(e.getValue().forms().keySet());
                    forms.removeIf(f -> f.startsWith("="));
                    assertEquals(new TreeSet<>(PluralRules.forLocale(ULocale.forLanguageTag(language)).getKeywords()), forms,
                            language + " " + e.getKey() + ": exactly the plural forms the language has");
                }
            }
        }
    }

    @Test
    void countsReadRightInEveryLanguage() {
        Map<String, List<String>> claims = Map.of(
                "en", List.of("0 claims", "1 claim", "2 claims", "5 claims", "11 claims", "21 claims", "101 claims"),
                "ru", List.of("0 заявлений", "1 заявление", "2 заявления", "5 заявлений", "11 заявлений", "21 заявление", "101 заявление"),
                "es", List.of("0 afirmaciones", "1 afirmación", "2 afirmaciones", "5 afirmaciones", "11 afirmaciones", "21 afirmaciones", "101 afirmaciones"),
                "fr", List.of("0 affirmation", "1 affirmation", "2 affirmations", "5 affirmations", "11 affirmations", "21 affirmations", "101 affirmations"),
                "ar", List.of("لا ادعاءات", "ادعاء واحد", "ادعاءان", "5 ادعاءات", "11 ادعاءً", "21 ادعاءً", "101 ادعاء"));
        for (String language : SHIPPED) {
            InterfaceText t = text(messages(language));
            List<String> written = IntStream.of(COUNTS).mapToObj(n -> t.text("count.claims", n)).toList();
            assertEquals(claims.get(language), written, language);
        }
        // Russian agrees its words with the number: 21 takes the singular noun and the plural relative pronoun.
        assertEquals("Все 21 заявление, по которым источники расходятся, сначала новые", text(messages("ru")).text("home.allDisputed", 21));
        assertEquals("Все 25 заявлений, по которым источники расходятся, сначала новые", text(messages("ru")).text("home.allDisputed", 25));
    }

    @Test
    void everyCountedMessageHasAFormForEveryNumberAndWritesTheNumberWhereItSaysSo() {
        for (String language : SHIPPED) {
            Messages m = messages(language);
            InterfaceText t = text(m);
            PluralRules rules = PluralRules.forLocale(ULocale.forLanguageTag(language));
            for (Map.Entry<String, Messages.Message> e : m.byKey().entrySet()) {
                if (!e.getValue().counts()) continue;
                for (int n : COUNTS) {
                    String form = e.getValue().forms().getOrDefault("=" + n, e.getValue().forms().get(rules.select(n)));
                    String written = t.text(e.getKey(), n, "X");
                    assertTrue(written != null && !written.isBlank(), language + " " + e.getKey() + " " + n);
                    if (form.contains("{0}")) assertTrue(written.contains(String.valueOf(n)), language + " " + e.getKey() + " " + n + ": " + written);
                }
            }
        }
    }

    @Test
    void datesAndNumbersAreWrittenAsTheLanguageWritesThem() {
        java.time.LocalDate d = java.time.LocalDate.of(2022, 1, 5);
        Map<String, String> expected = Map.of("en", "January 5, 2022", "ru", "5 января 2022 г.", "es", "5 de enero de 2022",
                "fr", "5 janvier 2022", "ar", "5 يناير 2022");
        for (String language : SHIPPED) {
            SiteLocale locale = new SiteLocale(messages(language));
            assertEquals(expected.get(language), locale.date(d).replaceAll("[\\u00a0\\u202f]", " "), language);
        }
        assertEquals("12,345", new SiteLocale(messages("en")).number(12345));
        assertEquals("12 345", new SiteLocale(messages("ru")).number(12345).replaceAll("[\\u00a0\\u202f]", " "));
    }

    @Test
    void markupMessagesEscapeTheirValuesAndIsolateThemOnARightToLeftSite() {
        InterfaceText en = text(messages("en"));
        SiteLocale enLocale = new SiteLocale(messages("en"));
        assertEquals("Published by <a href=\"https://x.org/?a=1&amp;b=2\">&lt;b&gt;Desk&lt;/b&gt;</a>. Every quote on this site was checked, word for word, against the article it comes from.",
                en.text("footer.publishedHtml", enLocale.link("https://x.org/?a=1&b=2", "<b>Desk</b>")));
        assertEquals("— &lt;script&gt;, checked <time datetime=\"2022-01-05\">January 5, 2022</time>",
                en.text("card.byHtml", enLocale.text("<script>"), enLocale.time(java.time.LocalDate.of(2022, 1, 5))));
        assertEquals("Page 2 of 3", en.text("pager.page", 2, 3), "a plain message is escaped by th:text, not here");

        Messages ar = messages("ar");
        InterfaceText arText = text(ar);
        assertEquals("الحكم: \u2068Mostly true\u2069", arText.text("rating.title", "Mostly true"), "a value in Latin letters is isolated");
        assertTrue(arText.text("card.byHtml", new SiteLocale(ar).text("Sami"), new SiteLocale(ar).time(java.time.LocalDate.of(2022, 1, 5)))
                .startsWith("— <bdi>Sami</bdi>"));
    }

    @Test
    void everyMessageWritesAsIcusOwnFormatWritesIt() {
        // InterfaceText joins the pieces of a plain pattern itself: it must write what ICU writes.
        for (String language : List.of("en", "ru", "es", "fr")) { // Arabic isolates its values, on purpose
            Messages m = messages(language);
            InterfaceText t = text(m);
            ULocale locale = ULocale.forLanguageTag(language);
            PluralRules rules = PluralRules.forLocale(locale);
            for (Map.Entry<String, Messages.Message> e : m.byKey().entrySet()) {
                for (Object[] args : List.of(new Object[] {12345, "l'article {x}"}, new Object[] {1, "Ab"}, new Object[] {0, 21})) {
                    if (e.getValue().counts() && !(args[0] instanceof Number)) continue;
                    String pattern = e.getValue().counts()
                            ? e.getValue().forms().getOrDefault("=" + args[0], e.getValue().forms().get(rules.select(((Number) args[0]).doubleValue())))
                            : e.getValue().text();
                    Object[] shown = java.util.Arrays.stream(args)
                            .map(a -> Messages.isHtml(e.getKey()) && a instanceof String text ? SiteLocale.escape(text) : a).toArray(); // markup escapes its values
                    String icu;
                    try {
                        icu = new com.ibm.icu.text.MessageFormat(pattern, locale).format(shown);
                    } catch (IllegalArgumentException notANumber) {
                        continue; // text where the pattern takes a number ({1,number,#}): no template gives that
                    }
                    assertEquals(icu, t.once(e.getKey(), args), language + " " + e.getKey());
                }
            }
        }
    }
}
