package factcheck.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import factcheck.diag.Diagnostics;
import factcheck.diag.Position;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses one YAML document into a {@link YamlNode} tree with positions. Bounded against hostile
 * input: nesting depth and document size are capped, aliases are refused (so an alias bomb costs
 * nothing), and a syntax error becomes a diagnostic at the line and column SnakeYAML reports.
 */
final class YamlReader {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_DEPTH = 50;

    private final YAMLFactory factory;

    private final LoadCache cache;

    YamlReader(LoadCache cache) {
        this.cache = cache;
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CHARS + 16);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both positions
        factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /**
     * Reads {@code text} (the file at {@code path}); lines are counted from {@code firstLine}, so a
     * Markdown page's front matter reports the lines of the page. Empty when the text is not YAML.
     */
    Optional<YamlNode> read(String path, String text, int firstLine, Diagnostics diagnostics) {
        // Only a text that parsed without a word is remembered: its problems must be told every build.
        return Optional.ofNullable(cache.trees.get(new LoadCache.Key(path, firstLine, text), k -> {
            Diagnostics own = new Diagnostics();
            Optional<YamlNode> node = parse(path, text, firstLine, own);
            own.sorted().forEach(diagnostics::add);
            return own.count() == 0 ? node.orElse(null) : null;
        }));
    }

    private Optional<YamlNode> parse(String path, String text, int firstLine, Diagnostics diagnostics) {
        if (text.length() > MAX_CHARS) {
            diagnostics.error(Position.file(path), "file is too large (" + text.length() + " characters; the limit is "
                    + MAX_CHARS + ")", "split it, or check that it is the file you meant to write");
            return Optional.empty();
        }
        if (text.isBlank()) {
            diagnostics.error(Position.file(path), "file is empty", "write the record's fields, or delete the file");
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.error(Position.file(path), "file is empty", "write the record's fields, or delete the file");
                return Optional.empty();
            }
            TreeBuilder builder = new TreeBuilder(path, firstLine - 1, parser, diagnostics, new int[1]);
            YamlNode node = builder.node();
            if (builder.aliases()[0] > 0) return Optional.empty(); // reported; the values they stand for are unknown
            // A second document would otherwise be dropped without a word: nothing a user writes may be lost.
            if (parser.nextToken() != null) {
                diagnostics.error(builder.position(parser.currentTokenLocation()), "a record file holds one YAML document; this is a second one",
                        "remove the `---` line above it, or move what follows into a file of its own");
                return Optional.empty();
            }
            return Optional.of(node);
        } catch (JsonProcessingException e) {
            diagnostics.add(YamlErrors.diagnostic(path, firstLine - 1, e, text));
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // reading a String cannot fail with I/O
        }
    }

    /**
     * Walks the token stream once, building nodes; reports duplicate keys and aliases and goes on.
     * {@code aliases} counts the aliases met (an array so the record stays a plain holder).
     */
    private record TreeBuilder(String path, int lineOffset, JsonParser parser, Diagnostics diagnostics, int[] aliases) {

        YamlNode node() throws IOException {
            Position at = position(parser.currentTokenLocation());
            JsonToken token = parser.currentToken();
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                // Jackson does not expand an alias: it hands over the anchor's *name* as if it were the
                // value, so `claimant: *who` would silently read as the id `who`. Records are short and
                // need no repetition, so aliases are refused; only the first of a file is reported.
                if (aliases[0]++ == 0) {
                    diagnostics.error(at, "YAML aliases (`*name`) are not supported: `*" + parser.getText() + "`",
                            "write the value out in full where the alias stands, and drop the `&" + parser.getText() + "` anchor");
                }
                return new YamlNode.Scalar(null, at);
            }
            switch (token) {
                case START_OBJECT:
                    return mapping(at);
                case START_ARRAY:
                    return sequence(at);
                case VALUE_NULL:
                    return new YamlNode.Scalar(null, at);
                default:
                    return new YamlNode.Scalar(parser.getText(), at);
            }
        }

        private YamlNode mapping(Position at) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Position keyAt = position(parser.currentTokenLocation());
                parser.nextToken();
                YamlNode value = node();
                YamlNode.Entry earlier = entries.get(key);
                if (earlier != null) {
                    diagnostics.error(keyAt, "duplicate key `" + key + "` (first written at line " + earlier.keyAt().line() + ")",
                            "keep one of the two; YAML would silently use the last");
                } else {
                    entries.put(key, new YamlNode.Entry(key, keyAt, value));
                }
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(Position at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) items.add(node());
            return new YamlNode.Sequence(items, at);
        }

        Position position(JsonLocation location) {
            return new Position(path, Math.max(1, location.getLineNr() + lineOffset), Math.max(1, location.getColumnNr()));
        }
    }
}
