package factcheck.render;

import com.fasterxml.jackson.core.JsonProcessingException;
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
            throw new IllegalStateException("cannot serialise " + value.getClass(), e);
        }
    }

    /**
     * JSON that cannot end the script element it sits in nor open a comment: in JSON, {@code <},
     * {@code >} and {@code &} occur only inside strings, where their {@code \\u} escapes mean the same.
     */
    String forScript(Object value) {
        return escapeForScript(write(value, false));
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
    byte[] line(List<?> inputs, boolean script, Supplier<Object> make) {
        return lines.get(List.of(script, inputs), k -> utf8(script ? forScript(make.get()) : write(make.get(), false)));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String escapeForScript(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    /** Starts a render: values the last one did not write are forgotten. */
    void nextRender() {
        scripts.nextBuild();
        lines.nextBuild();
    }
}
