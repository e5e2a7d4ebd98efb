package factcheck.load;

import factcheck.diag.Position;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the place it was written. Jackson's own tree forgets positions, and every
 * error we report needs one, so the loader builds this small tree from Jackson's token stream.
 */
sealed interface YamlNode {

    Position at();

    /** What the user would call this kind of value, for "expected text, found a list" messages. */
    String kind();

    /** A scalar; {@code text} is null for an explicit or implied null ({@code key:} with no value). */
    record Scalar(String text, Position at) implements YamlNode {
        public String kind() {
            return text == null ? "nothing" : "text";
        }
    }

    /** A key and where the key (not its value) was written. */
    record Entry(String key, Position keyAt, YamlNode value) {}

    /** A mapping in file order; keys are unique (duplicates are reported while reading). */
    record Mapping(Map<String, Entry> entries, Position at) implements YamlNode {
        public Mapping {
            entries = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(entries));
        }

        public String kind() {
            return "a mapping (key: value lines)";
        }
    }

    record Sequence(List<YamlNode> items, Position at) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        public String kind() {
            return "a list";
        }
    }
}
