package factcheck.load;

import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Typed access to the fields of one YAML mapping. Every problem (missing field, wrong type,
 * bad date) is reported with its position and the accessor returns a neutral value so the
 * caller goes on to find the next problem; {@link #finish} reports the keys nobody asked for.
 */
final class Fields {

    /** What `factcheck new` writes where a value must go (cli/Scaffolds): published, it would read as content. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\s*TODO[:-]");

    private final YamlNode.Mapping mapping;
    private final Diagnostics diagnostics;
    /** The keys accessors asked for, in that order: the record's known keys. */
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YamlNode.Mapping mapping, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.diagnostics = diagnostics;
    }

    /** A mapping's fields, or empty (and an error) when the node is something else. */
    static Optional<Fields> of(YamlNode node, String what, Diagnostics diagnostics) {
        if (node instanceof YamlNode.Mapping m) return Optional.of(new Fields(m, diagnostics));
        diagnostics.error(node.at(), what + " must be a mapping of `key: value` lines, found " + node.kind(),
                "see the record format in docs/content.md");
        return Optional.empty();
    }

    Position at() {
        return mapping.at();
    }

    /** The mapping these fields read: the whole record as parsed. */
    YamlNode.Mapping mapping() {
        return mapping;
    }

    /** Where the value of {@code key} was written, or the mapping's own place when it is absent. */
    Position at(String key) {
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? mapping.at() : e.value().at();
    }

    /** Text of a field that must be there; "" (and an error) when it is missing, empty or not text. */
    String required(String key) {
        YamlNode node = node(key);
        if (node == null || node instanceof YamlNode.Scalar s && (s.text() == null || s.text().isBlank())) {
            diagnostics.error(node == null ? mapping.at() : node.at(),
                    node == null ? "missing required field `" + key + "`" : "`" + key + "` is empty",
                    "add a line `" + key + ": ...` with a value");
            return "";
        }
        String value = text(key, node);
        return value == null ? "" : value;
    }

    /** Text of a scalar field; null when absent or left empty ({@code key:} with no value). */
    String optional(String key) {
        YamlNode node = node(key);
        if (node == null || node instanceof YamlNode.Scalar s && (s.text() == null || s.text().isBlank())) return null;
        String text = text(key, node);
        return text == null || text.isEmpty() ? null : text; // a placeholder, reported: as if absent, so nothing else is said of it
    }

    /** An optional Markdown field: text, and nested no deeper than the renderer can take. */
    String markdown(String key) {
        String text = optional(key);
        return MarkdownLimits.check(text, at(key), key, diagnostics) ? text : null;
    }

    /** A required Markdown field. */
    String requiredMarkdown(String key) {
        String text = required(key);
        return MarkdownLimits.check(text, at(key), key, diagnostics) ? text : "";
    }

    private String text(String key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            if (s.text() != null && PLACEHOLDER.matcher(s.text()).lookingAt()) {
                diagnostics.error(node.at(), "`" + key + "` still holds the placeholder that `factcheck new` wrote (" + s.text().strip() + ")",
                        "replace it with the " + key + " itself");
                return "";
            }
            return s.text();
        }
        diagnostics.error(node.at(), "`" + key + "` must be text, found " + node.kind(),
                "write it on one line after `" + key + ": `, or as a block with `" + key + ": |`");
        return null;
    }

    LocalDate requiredDate(String key) {
        return date(key, required(key));
    }

    LocalDate optionalDate(String key) {
        return date(key, optional(key));
    }

    private LocalDate date(String key, String text) {
        if (text == null || text.isEmpty()) return null;
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            diagnostics.error(at(key), "`" + key + "` is not a valid date: `" + text + "`",
                    "write dates as YYYY-MM-DD, e.g. 2022-01-07");
            return null;
        }
    }

    /**
     * A language, as a BCP 47 tag ({@code en}, {@code pt-BR}, {@code sr-Latn}): it becomes a page's
     * {@code lang} attribute and chooses the interface text, so a malformed one is an error
     * (ICU's parser decides what is well formed).
     */
    String optionalLanguage(String key) {
        String text = optional(key);
        if (text == null || text.isBlank()) return null;
        String tag = text.strip();
        try {
            new ULocale.Builder().setLanguageTag(tag);
            return tag;
        } catch (IllformedLocaleException e) {
            diagnostics.error(at(key), "`" + key + "` is not a language tag: `" + text + "`",
                    "write a BCP 47 tag: en, ru, ar, pt-BR");
            return null;
        }
    }

    /** One text of a list, and where it was written. */
    record Text(String value, Position at) {}

    /** A list of texts; a single text is not accepted, so that `about: a, b` is not silently one id. */
    List<String> texts(String key) {
        return positionedTexts(key).stream().map(Text::value).toList();
    }

    /** A list of texts with the place of each, for reporting per item; items that are not text are reported and left out. */
    List<Text> positionedTexts(String key) {
        List<Text> out = new ArrayList<>();
        for (YamlNode item : items(key)) {
            if (item instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
                out.add(new Text(s.text(), s.at()));
            } else {
                diagnostics.error(item.at(), "each item of `" + key + "` must be text, found "
                        + (item instanceof YamlNode.Scalar ? "an empty item" : item.kind()), "write the list as `" + key + ": [a, b]`");
            }
        }
        return out;
    }

    /** A list of mappings, each read by {@code reader}. */
    <T> List<T> records(String key, String what, Function<Fields, T> reader) {
        List<T> out = new ArrayList<>();
        for (YamlNode item : items(key)) Fields.of(item, what, diagnostics).ifPresent(f -> out.add(reader.apply(f)));
        return out;
    }

    /** A nested mapping, if present and a mapping. */
    Optional<Fields> mapping(String key, String what) {
        YamlNode node = node(key);
        return node == null ? Optional.empty() : Fields.of(node, what, diagnostics);
    }

    /** Reports every key that no accessor asked for, suggesting the nearest known key. */
    void finish() {
        for (YamlNode.Entry e : mapping.entries().values()) {
            if (known.contains(e.key())) continue;
            String near = Suggest.nearest(e.key(), known);
            diagnostics.error(e.keyAt(), "unknown key `" + e.key() + "`", near != null
                    ? "did you mean `" + near + "`?"
                    : "known keys here: " + String.join(", ", known));
        }
    }

    /**
     * The desk's own data under {@code key}: a mapping of any keys, values text, lists or mappings
     * in turn, kept as read (read-only); empty when absent. Nothing in it is checked but its shape.
     */
    Map<String, Object> free(String key) {
        YamlNode node = node(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text() == null) return Map.of();
        if (!(node instanceof YamlNode.Mapping m)) {
            diagnostics.error(node.at(), "`" + key + "` must be a mapping of your own `key: value` lines, found " + node.kind(),
                    "write it as `" + key + ":` and, indented below it, one `name: value` per line");
            return Map.of();
        }
        return freeMapping(m);
    }

    private static Map<String, Object> freeMapping(YamlNode.Mapping m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> out.put(k, freeValue(e.value())));
        return Collections.unmodifiableMap(out);
    }

    private static Object freeValue(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) return freeMapping(m);
        if (node instanceof YamlNode.Sequence s) return s.items().stream().map(Fields::freeValue).toList();
        return ((YamlNode.Scalar) node).text(); // null for an empty value
    }

    private YamlNode node(String key) {
        known.add(key);
        YamlNode.Entry e = mapping.entries().get(key);
        return e == null ? null : e.value();
    }

    private List<YamlNode> items(String key) {
        YamlNode node = node(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.text() == null) return List.of();
        if (node instanceof YamlNode.Sequence seq) return seq.items();
        diagnostics.error(node.at(), "`" + key + "` must be a list, found " + node.kind(),
                "write `" + key + ": [a, b]` or one `- item` per line");
        return List.of();
    }
}
