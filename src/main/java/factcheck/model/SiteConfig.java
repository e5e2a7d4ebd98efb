package factcheck.model;

import java.util.List;
import java.util.Optional;

/** {@code content/site.yaml}: the site's identity and its rating scale, best verdict first. */
public record SiteConfig(String title, String description, String language, String baseUrl,
                         Publisher publisher, List<Rating> ratings) {

    public SiteConfig {
        ratings = List.copyOf(ratings);
    }

    public Optional<Rating> rating(String id) {
        return ratings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The publisher, or the site title standing in for it (SPEC: the title stands in when absent). */
    public Publisher publisherOrTitle() {
        return publisher != null ? publisher : new Publisher(title, baseUrl);
    }
}
