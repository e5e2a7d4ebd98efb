package factcheck.model;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        return items.stream().collect(Collectors.toUnmodifiableMap(id, Function.identity()));
    }
}
