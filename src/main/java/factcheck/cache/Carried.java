package factcheck.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values of the last build, by a key that does not determine them (a claim's file, a claim's id),
 * each kept with what it was made from so that the caller can check that input is the very same
 * before it reuses the value. Unlike a {@link Memo}, a value put in this build replaces the last
 * build's. What this build neither took nor put is dropped when the next one starts, so it holds
 * one build's worth. Thread-safe.
 */
public final class Carried<K, V> {

    private final boolean enabled;
    private volatile Map<K, V> last = new ConcurrentHashMap<>();
    private volatile Map<K, V> now = new ConcurrentHashMap<>();

    private Carried(boolean enabled) {
        this.enabled = enabled;
    }

    /** Values kept from one build to the next. */
    public static <K, V> Carried<K, V> keeping() {
        return new Carried<>(true);
    }

    /** Nothing kept: {@link #last} is always null (one-shot builds). */
    public static <K, V> Carried<K, V> none() {
        return new Carried<>(false);
    }

    /** The last build's value for {@code key}, null if none; kept for the next build, on the caller's word that it still holds. */
    public V last(K key) {
        V v = last.get(key);
        if (v != null) now.put(key, v);
        return v;
    }

    /** This build's value for {@code key}. */
    public void put(K key, V value) {
        if (enabled) now.put(key, value);
    }

    /** Starts a build: what the last one put or took becomes what this one may take. */
    public void nextBuild() {
        last = now;
        now = new ConcurrentHashMap<>(last.size());
    }

    /** Forgets everything. */
    public void clear() {
        last = new ConcurrentHashMap<>();
        now = new ConcurrentHashMap<>();
    }
}
