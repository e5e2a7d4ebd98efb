package factcheck.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A file put together from many pieces of UTF-8, copied once into an array of the exact size.
 * {@code claims.json} and the search index are ten thousand cached lines each: joined as one
 * string they cost a growing builder, the string and its encoding (at 10,000 claims, 11 MB
 * each time, most of a rebuild's garbage and a collection in every rebuild).
 */
final class Utf8Parts {

    private final List<byte[]> parts = new ArrayList<>();
    private int size;

    Utf8Parts add(String text) {
        return add(text.getBytes(StandardCharsets.UTF_8));
    }

    Utf8Parts add(byte[] bytes) {
        parts.add(bytes);
        size = Math.addExact(size, bytes.length);
        return this;
    }

    byte[] bytes() {
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
