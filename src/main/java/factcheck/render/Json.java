package factcheck.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import factcheck.cache.Memo;

/** JSON for the machine-readable outputs: stable key order, and safe to embed in a {@code <script>} element. */
final class Json {

    private final ObjectMapper mapper = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    /** Compact JSON that cannot end the script element it sits in (see {@link ScriptEscapes}). */
    private final ObjectWriter script = mapper.writer().with(new ScriptEscapes());
    /** Script JSON by value (each claim page's ClaimReview), kept between renders when the renderer remembers pages. */
    private final Memo<List<?>, String> scripts;
    private final Memo<List<?>, byte[]> lines;

    Json() {
        this(false);
    }

    Json(boolean remember) {
        scripts = remember ? Memo.keeping() : Memo.none();
        lines = remember ? Memo.keeping() : Memo.none();
    }

    /** A JSON object from key, value pairs in the order given; pairs whose value is null are left out. */
    static Map<String, Object> object(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) if (pairs[i + 1] != null) out.put((String) pairs[i], pairs[i + 1]);
        return out;
    }

    String write(Object value, boolean pretty) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(value) : mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw cannot(value, e);
        }
    }

    /** JSON that cannot end the script element it sits in nor open a comment (see {@link ScriptEscapes}). */
    String forScript(Object value) {
        try {
            return script.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw cannot(value, e);
        }
    }

    /**
     * {@link #forScript} of the value {@code make} builds from {@code inputs}, kept between renders
     * by its inputs when remembering (the views it is made of, small beside the JSON objects).
     */
    String forScript(List<?> inputs, Supplier<Object> make) {
        return scripts.get(inputs, k -> forScript(make.get()));
    }

    /**
     * The UTF-8 of compact JSON ({@code script}: {@link #forScript} JSON) of the value {@code make}
     * builds from {@code inputs}, kept by its inputs like {@link #forScript(List, Supplier)}: one
     * line of a file put together from many (see {@link Utf8Parts}).
     */
    byte[] line(List<?> inputs, boolean forScript, Supplier<Object> make) {
        return lines.get(List.of(forScript, inputs), k -> {
            Object value = make.get();
            try {
                return (forScript ? script : mapper.writer()).writeValueAsBytes(value); // UTF-8 as it is written, with no String between
            } catch (JsonProcessingException e) {
                throw cannot(value, e);
            }
        });
    }

    private static IllegalStateException cannot(Object value, JsonProcessingException e) {
        return new IllegalStateException("cannot serialise " + value.getClass(), e);
    }

    /**
     * In JSON, {@code <}, {@code >} and {@code &} occur only inside strings, where their
     * {@code \\u} escapes mean the same: written so, the JSON can sit in a script element.
     */
    private static final class ScriptEscapes extends CharacterEscapes {
        private static final SerializableString LT = new SerializedString("\\u003c");
        private static final SerializableString GT = new SerializedString("\\u003e");
        private static final SerializableString AMP = new SerializedString("\\u0026");
        private final int[] ascii = standardAsciiEscapesForJSON();

        ScriptEscapes() {
            for (char c : "<>&".toCharArray()) ascii[c] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        /** Jackson asks for every character past ASCII too: null writes those as they are. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case '<' -> LT;
                case '>' -> GT;
                case '&' -> AMP;
                default -> null;
            };
        }
    }

    /** Starts a render: values the last one did not write are forgotten. */
    void nextRender() {
        scripts.nextBuild();
        lines.nextBuild();
    }
}
