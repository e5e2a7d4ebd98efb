package factcheck.model;

/** Who publishes the fact-checks; {@code url} may be null. */
public record Publisher(String name, String url) {}
