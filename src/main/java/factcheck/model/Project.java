package factcheck.model;

import java.util.List;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything a build reads, loaded and with every reference checked: records sorted by id,
 * so everything downstream is deterministic.
 */
public record Project(SiteConfig config, List<Source> sources, List<Actor> actors, List<Claim> claims,
                      List<Page> pages, Theme theme) {

    public Project {
        sources = List.copyOf(sources);
        actors = List.copyOf(actors);
        claims = List.copyOf(claims);
        pages = List.copyOf(pages);
    }

    public Map<String, Source> sourcesById() {
        return byId(sources, Source::id);
    }

    public Map<String, Actor> actorsById() {
        return byId(actors, Actor::id);
    }

    /**
     * A read-only hash map, not {@link Map#copyOf}'s: the JDK's immutable maps probe by {@code equals}
     * alone, so ids of one length ({@code c1234}, {@code c1235}) compare byte by byte at every probe,
     * where a hash map compares hashes first.
     */
    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new HashMap<>(Math.max(16, items.size() * 4 / 3 + 1));
        for (T item : items) map.put(id.apply(item), item);
        return Collections.unmodifiableMap(map);
    }
}
