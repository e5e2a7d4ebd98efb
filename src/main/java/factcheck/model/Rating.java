package factcheck.model;

/** One verdict of the site's rating scale; {@code rank} 0 is the best. */
public record Rating(String id, String label, String description, int rank) {}
