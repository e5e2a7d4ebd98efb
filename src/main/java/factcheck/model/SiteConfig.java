package factcheck.model;

import java.util.List;
import java.util.Optional;

/** {@code content/site.yaml}: the site's identity and its rating scale, best verdict first. */
public record SiteConfig(String title, String description, String language, String baseUrl,
                         Publisher publisher, List<Rating> ratings) {

    public SiteConfig {
        ratings = List.copyOf(ratings);
        if (baseUrl != null && !baseUrl.endsWith("/")) baseUrl = baseUrl + "/"; // so baseUrl + path is always right
    }

    /** The absolute URL of a site path (e.g. {@code claims/x/index.html}), or null without a {@code baseUrl}. */
    public String absolute(String path) {
        if (baseUrl == null) return null;
        // Percent-encoded: a topic's folder may have letters of any script, and feeds and sitemaps take only ASCII addresses.
        try {
            return baseUrl + new java.net.URI(null, null, path, null).toASCIIString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("not a site path: " + path, e); // our own paths: a programmer error
        }
    }

    public Optional<Rating> rating(String id) {
        return ratings.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A verdict as a number for machines (ClaimReview, claims.json): the best is the scale's size, the last is 1. */
    public int ratingValue(Rating rating) {
        return ratings.size() - rating.rank();
    }

    /** The publisher, or the site title standing in for it (the content format: the title stands in when absent). */
    public Publisher publisherOrTitle() {
        return publisher != null ? publisher : new Publisher(title, baseUrl);
    }
}
