package factcheck.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Results of a pure function of values (a YAML text's tree, a quote's place in a text, a Markdown
 * text's HTML) kept from one build to the next, so that a rebuild computes only what changed. The
 * key is the whole input, compared by value, so a hit is exactly what computing would give: a
 * rebuild is byte-identical to a full build by construction, whatever file times say. What a
 * build did not ask for is dropped when the next one starts, so a memo holds one build's worth.
 * Thread-safe: builds look things up from many threads.
 */
public final class Memo<K, V> {

    private final boolean enabled;
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();
    private volatile Map<K, V> current = new ConcurrentHashMap<>();

    private Memo(boolean enabled) {
        this.enabled = enabled;
    }

    /** A memo that keeps results between builds. */
    public static <K, V> Memo<K, V> keeping() {
        return new Memo<>(true);
    }

    /** A memo that keeps nothing: every call computes (one-shot builds, where keeping would only cost memory). */
    public static <K, V> Memo<K, V> none() {
        return new Memo<>(false);
    }

    /** The remembered value for {@code key}, else {@code compute}'s, remembered unless null. */
    public V get(K key, Function<K, V> compute) {
        if (!enabled) return compute.apply(key);
        V v = current.get(key);
        if (v == null) {
            v = previous.get(key);
            if (v == null) v = compute.apply(key);
            if (v != null) current.put(key, v);
        }
        return v;
    }

    /** Starts a build: what the last one did not use is forgotten. */
    public void nextBuild() {
        previous = current;
        current = new ConcurrentHashMap<>(previous.size()); // sized for as many: growing a map of ten thousand entries is measurable
    }

    /** Forgets everything. */
    public void clear() {
        previous = new ConcurrentHashMap<>();
        current = new ConcurrentHashMap<>();
    }
}
