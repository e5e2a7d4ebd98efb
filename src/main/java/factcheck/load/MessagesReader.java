package factcheck.load;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import factcheck.model.Messages;
import factcheck.model.Messages.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads the interface text for the site's language: the bundle factcheck ships for it
 * ({@code factcheck/messages/LANG.yaml} on the class path), then the project's own
 * {@code templates/messages/LANG.yaml}, whose keys override the shipped ones or, for a language
 * factcheck does not ship, give them all. {@code pt-BR} reads {@code pt} first, then
 * {@code pt-BR}. Checks each message as it reads it: every pattern parses, every counted message
 * has each plural form the language needs (ICU's plural rules, from CLDR) and no other, and a
 * project's message counts where the shipped one does; {@link MessageUses} then checks them
 * against the templates.
 */
final class MessagesReader {

    /** The languages factcheck ships a bundle for; English is also what other bundles are compared with. */
    static final List<String> SHIPPED = List.of("en", "ar", "es", "fr", "ru");

    private static final Pattern EXACT = Pattern.compile("=\\d+");

    private final ProjectFiles files;
    private final YamlReader yaml;
    private final Diagnostics diagnostics;

    MessagesReader(ProjectFiles files, YamlReader yaml, Diagnostics diagnostics) {
        this.files = files;
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    /** The messages in {@code language} (written at {@code languageAt}), checked against the templates that use them. */
    Messages read(String language, Position languageAt, Map<String, String> templates) {
        ULocale locale = ULocale.forLanguageTag(language);
        Set<String> tags = new LinkedHashSet<>(List.of(locale.getLanguage(), locale.toLanguageTag()));
        tags.remove("");
        // English is read once: it is the fallback, the keys a project's own file may give, and the hints' text.
        String englishText = shipped("en").orElseThrow();
        Map<String, Message> english = new LinkedHashMap<>();
        parse(shippedPath("en"), englishText, ULocale.ENGLISH, english, null);
        Map<String, Message> messages = new LinkedHashMap<>();
        boolean found = false;
        for (String tag : tags) {
            if (tag.equals("en")) {
                found = true;
                messages.putAll(english);
                continue;
            }
            Optional<String> shipped = shipped(tag);
            if (shipped.isPresent()) {
                found = true;
                parse(shippedPath(tag), shipped.get(), locale, messages, null);
            }
        }
        Map<String, Position> own = new LinkedHashMap<>(); // the project's keys, where it wrote them
        for (String tag : tags) {
            Path file = files.root().resolve("templates/messages/" + tag + ".yaml");
            if (Files.isSymbolicLink(file.getParent())) {
                diagnostics.error(Position.file("templates/messages"), "symbolic links are not followed: templates/messages/ is one",
                        "copy the folder into the project instead");
                break;
            }
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                found = true;
                String display = files.display(file);
                files.read(file, Position.file(display), diagnostics).ifPresent(text -> parse(display, text, locale, messages, own));
            }
        }
        String ownFile = "templates/messages/" + locale.toLanguageTag() + ".yaml";
        if (!found) {
            diagnostics.error(languageAt, "no interface text in `" + language + "`: factcheck ships "
                    + String.join(", ", SHIPPED) + ", and the project has no " + ownFile,
                    "write " + ownFile + " with a message for every key of factcheck's English bundle ("
                            + "src/main/resources/" + shippedPath("en") + "), or set `language` to one factcheck ships");
            messages.putAll(english); // one error, not one per key
        }
        new MessageUses(diagnostics, language, ownFile, englishText).check(templates, messages, own, english.keySet());
        return new Messages(language, messages);
    }

    static String shippedPath(String tag) {
        return "factcheck/messages/" + tag + ".yaml";
    }

    /** The text of a bundle factcheck ships, if it ships one for {@code tag}. */
    static Optional<String> shipped(String tag) {
        if (!tag.matches("[A-Za-z0-9-]+")) return Optional.empty();
        try (InputStream in = MessagesReader.class.getClassLoader().getResourceAsStream(shippedPath(tag))) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // inside our own jar: not the user's problem
        }
    }

    /**
     * Reads the messages of one file into {@code into}, over what is there. {@code own} is null for
     * a shipped bundle, else it collects the project's keys; a project's message must count where
     * the shipped one counts, and be one text where it is one, since the templates give it values to match.
     */
    private void parse(String path, String text, ULocale locale, Map<String, Message> into, Map<String, Position> own) {
        Optional<YamlNode> tree = yaml.read(path, text, 1, diagnostics);
        if (tree.isEmpty()) return;
        if (!(tree.get() instanceof YamlNode.Mapping map)) {
            diagnostics.error(tree.get().at(), "a messages file is a mapping of keys to texts, found " + tree.get().kind(),
                    "write one `key: text` line per message");
            return;
        }
        Set<String> categories = PluralRules.forLocale(locale).getKeywords();
        for (YamlNode.Entry e : map.entries().values()) {
            Optional<Message> m = message(e, locale, categories);
            if (m.isEmpty()) continue;
            Message before = into.get(e.key());
            if (own != null && before != null && before.counts() != m.get().counts()) {
                diagnostics.error(e.keyAt(), before.counts()
                                ? "`" + e.key() + "` counts: factcheck gives it one text per plural form, and this file one text"
                                : "`" + e.key() + "` is one text in factcheck's bundle, and this file gives it plural forms",
                        before.counts() ? "write its forms: one:, other: (and the others the language has)" : "write it as one text");
                continue;
            }
            if (own != null) own.put(e.key(), e.keyAt());
            into.put(e.key(), m.get());
        }
    }

    private Optional<Message> message(YamlNode.Entry e, ULocale locale, Set<String> categories) {
        if (e.value() instanceof YamlNode.Scalar s && s.text() != null) {
            return pattern(s.text(), s.at(), locale) ? Optional.of(Message.of(s.text())) : Optional.empty();
        }
        if (!(e.value() instanceof YamlNode.Mapping forms)) {
            diagnostics.error(e.value().at(), "`" + e.key() + "` has " + e.value().kind() + " where a text belongs",
                    "write the message as text, or as one text per plural form (one:, other:) for a count");
            return Optional.empty();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode.Entry form : forms.entries().values()) {
            if (!categories.contains(form.key()) && !EXACT.matcher(form.key()).matches()) {
                diagnostics.error(form.keyAt(), "`" + form.key() + "` is not a plural form of " + locale.getDisplayName(ULocale.ENGLISH),
                        "its forms are " + String.join(", ", new TreeSet<>(categories)) + ", and =N for an exact number (=0)");
                ok = false;
            } else if (form.value() instanceof YamlNode.Scalar s && s.text() != null) {
                ok &= pattern(s.text(), s.at(), locale);
                texts.put(form.key(), s.text());
            } else {
                diagnostics.error(form.value().at(), "the `" + form.key() + "` form of `" + e.key() + "` must be text", null);
                ok = false;
            }
        }
        List<String> missing = new ArrayList<>(new TreeSet<>(categories));
        missing.removeAll(texts.keySet());
        if (!missing.isEmpty()) {
            diagnostics.error(e.keyAt(), "`" + e.key() + "` counts, and lacks the plural "
                            + (missing.size() == 1 ? "form " : "forms ") + String.join(", ", missing) + " that "
                            + locale.getDisplayName(ULocale.ENGLISH) + " needs",
                    "add " + String.join(", ", missing.stream().map(m -> m + ":").toList()) + " (CLDR's plural rules say which numbers take each)");
            ok = false;
        }
        return ok ? Optional.of(new Message(null, texts)) : Optional.empty();
    }

    private boolean pattern(String text, Position at, ULocale locale) {
        try {
            new MessageFormat(text, locale);
            return true;
        } catch (IllegalArgumentException e) {
            diagnostics.error(at, "not a message pattern: " + e.getMessage(),
                    "{0} stands for the first value, {1} the second; write a literal brace as '{' (in apostrophes)");
            return false;
        }
    }
}
